// The steps around the engine of ScanPipeline.h, shared by `blastradius scan`, `impact` and `lsp`.
#include "ScanPipeline.h"

#include "Baseline.h"
#include "ProjectPolicy.h"
#include "Provenance.h"
#include "RuleLoader.h"
#include "coverage/CoverageMarking.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace blastradius {

bool loadProjectConfig(const ProjectConfigRequest &Request, RuleSet &Rules, std::optional<Config> &Project,
                       std::vector<std::string> &Errors) {
  // The project configuration: explicit, or .blastradius.yaml found from the first path up to the
  // repository root.
  std::string ConfigPath = Request.ConfigFile;
  if (ConfigPath.empty() && !Request.NoConfig) {
    std::filesystem::path First = std::filesystem::absolute(Request.StartPath);
    std::error_code Ec;
    ConfigPath = findConfig(std::filesystem::is_directory(First, Ec) ? First.string() : First.parent_path().string(),
                            Request.SourceRoot);
  }
  if (!ConfigPath.empty()) {
    Project.emplace();
    std::vector<std::string> ConfigErrors;
    if (loadConfig(ConfigPath, *Project, ConfigErrors))
      checkConfigAgainstRules(*Project, Rules, ConfigErrors);
    if (!ConfigErrors.empty()) {
      Errors = std::move(ConfigErrors);
      Errors.push_back("blastradius: error: invalid configuration, nothing scanned");
      return false;
    }
    applyRuleSelection(*Project, Rules);
  }
  // Suppression files: the same `suppressions:` entries as the configuration, kept elsewhere
  // (beside generated files, or owned by another team).
  for (const std::string &File : Request.SuppressionFiles) {
    Config Extra;
    std::vector<std::string> ConfigErrors;
    if (loadConfig(File, Extra, ConfigErrors))
      checkConfigAgainstRules(Extra, Rules, ConfigErrors);
    if (ConfigErrors.empty() && (!Extra.DisabledRules.empty() || !Extra.DisabledFamilies.empty() ||
                                 !Extra.Severity.empty() || !Extra.Tiers.empty() || Extra.UntestedLevel))
      ConfigErrors.push_back(File + ": error: a suppressions file holds only 'suppressions:' (put the rest in "
                                    ".blastradius.yaml)");
    if (!ConfigErrors.empty()) {
      Errors = std::move(ConfigErrors);
      Errors.push_back("blastradius: error: invalid suppressions file, nothing scanned");
      return false;
    }
    if (!Project)
      Project.emplace();
    for (ConfigSuppression &S : Extra.Suppressions)
      Project->Suppressions.push_back(std::move(S));
  }
  return true;
}

namespace {

/// A file's path with its directory resolved (symlinks, `..`), as git names the changed files.
std::string resolvedPath(const std::filesystem::path &File) {
  std::error_code Ec;
  std::filesystem::path Directory = std::filesystem::weakly_canonical(File.parent_path(), Ec);
  return ((Ec ? File.parent_path() : Directory) / File.filename()).lexically_normal().string();
}

/// Pull-request mode: keeps the findings whose region touches an added or changed line.
void keepChangedLines(Report &Result, const ChangedLines &Changed) {
  std::vector<Finding> Kept;
  for (Finding &F : Result.Findings)
    if (Changed.touches(resolvedPath(std::filesystem::path(Result.SourceRoot) / F.Path), F.Start.Line,
                        std::max(F.Start.Line, F.End.Line)))
      Kept.push_back(std::move(F));
  Result.Findings = std::move(Kept);
}

} // namespace

bool restrictToChangedFiles(const std::string &DiffBase, Inventory &Files, ChangedLines &Changed, std::string &Error) {
  if (!computeChangedLines(Files.SourceRoot, DiffBase, Changed, Error))
    return false;
  std::vector<InventoryEntry> Kept;
  for (InventoryEntry &Entry : Files.Files)
    if (Changed.hasFile(resolvedPath(Entry.AbsolutePath)))
      Kept.push_back(std::move(Entry));
  Files.Files = std::move(Kept);
  std::vector<Notification> KeptNotes;
  for (Notification &N : Files.Skipped)
    if (Changed.hasFile(resolvedPath(std::filesystem::path(Files.SourceRoot) / N.Path)))
      KeptNotes.push_back(std::move(N));
  Files.Skipped = std::move(KeptNotes);
  return true;
}

bool loadBaselineFile(const std::string &Path, std::vector<Finding> &Baseline, bool &Missing, std::string &Error) {
  std::error_code Ec;
  Missing = !std::filesystem::exists(Path, Ec);
  return Missing || loadBaseline(Path, Baseline, Error);
}

coverage::LoadedCoverage loadScanCoverage(const Inventory &Files, const std::vector<coverage::PrefixRule> &Prefixes,
                                          const std::vector<std::string> &CoverageFiles) {
  std::set<std::string> Scanned;
  for (const InventoryEntry &Entry : Files.Files)
    Scanned.insert(Entry.RelativePath);
  for (const Notification &Note : Files.Skipped)
    Scanned.insert(Note.Path);
  coverage::CoverageLoader Loader(Files.SourceRoot, Prefixes,
                                  [&](const std::string &Path) { return Scanned.count(Path) > 0; });
  return Loader.load(CoverageFiles);
}

void runPostScan(PostScanSteps &Steps, const RuleSet &Rules, Report &Result) {
  if (Steps.Changed)
    keepChangedLines(Result, *Steps.Changed);
  if (Steps.Impact)
    impact::addChangeImpact(*Steps.Impact, Rules, Result);
  if (Steps.Project)
    applyPolicy(*Steps.Project, Result, todayUtc());
  if (Steps.Provenance) {
    std::vector<std::string> Patterns = defaultProvenancePatterns();
    if (Steps.Project)
      Patterns.insert(Patterns.end(), Steps.Project->ProvenancePatterns.begin(),
                      Steps.Project->ProvenancePatterns.end());
    markProvenance(Result, Patterns, Steps.Project && Steps.Project->ProvenanceRaise);
  }
  if (Steps.Coverage) {
    coverage::markCoverage(Result, Steps.Coverage->Data,
                           Steps.Project ? Steps.Project->UntestedLevel : std::nullopt);
    for (Notification &N : Steps.Coverage->Notifications)
      Result.Notifications.push_back(std::move(N));
    Steps.Coverage->Notifications.clear();
    Result.canonicalize();
  }
  if (Steps.Baseline)
    applyBaseline(Result, *Steps.Baseline);
  if (!Steps.MissingBaseline.empty()) {
    Notification Note;
    Note.Path = Steps.MissingBaseline;
    Note.Kind = "baseline-missing";
    Note.Message = "the baseline file does not exist yet: scanned without a baseline";
    Note.NotificationLevel = Level::Note;
    Note.Skipped = false;
    Result.Notifications.push_back(std::move(Note));
  }
}

} // namespace blastradius
