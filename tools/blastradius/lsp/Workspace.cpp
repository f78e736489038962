// One document through the scan's pipeline: configuration, engine, policy.
#include "Workspace.h"

#include "Engine.h"
#include "Git.h"
#include "Inventory.h"
#include "LanguageDetection.h"
#include "ProjectPolicy.h"
#include "ScanPipeline.h"
#include "impact/ChangeImpact.h"
#include "impact/Revision.h"

#include <thread>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;

namespace blastradius::lsp {

namespace {
std::string readSmallFile(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  std::string Text;
  char Chunk[4096];
  // A configuration is small; a hostile one is cut (loadConfig then reads the real file and judges it).
  while (In && Text.size() < (1u << 20)) {
    In.read(Chunk, sizeof Chunk);
    Text.append(Chunk, static_cast<size_t>(In.gcount()));
  }
  return Text;
}

// The change impact of a Terraform file since HEAD (a rename without its `moved {}` block, with
// the block as a fix). The comparison reads the work tree from disk, so it runs only while the
// document is saved: then the findings' positions are those of the text the editor shows. While
// the user types (unsaved), no git process runs at all.
void addImpactSinceHead(const std::string &Path, const std::string &Text, const std::string &RelativePath,
                        const RuleSet &Rules, uint64_t MaxFileSize, Report &Out) {
  if (Path.size() < 3 || Path.compare(Path.size() - 3, 3, ".tf") != 0 || Text.size() > MaxFileSize)
    return;
  std::error_code Ec;
  if (fs::file_size(Path, Ec) != Text.size() || Ec)
    return;
  {
    std::ifstream In(Path, std::ios::binary);
    std::string OnDisk((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
    if (OnDisk != Text)
      return;
  }
  std::string Top = gitTopLevel(fs::path(Path).parent_path().string());
  if (Top.empty())
    return;
  std::string Error;
  std::string Head = impact::resolveCommit(Top, "HEAD", "HEAD", Error);
  if (Head.empty())
    return; // a repository without commits: nothing to compare with
  Report Impact;
  Impact.SourceRoot = Top;
  impact::addChangeImpact({Top, {Path}, Head, "", MaxFileSize, {}, {}, false}, Rules, Impact);
  // Only what concerns this document, named as the document's other findings are.
  std::string InRepository = relativeTo(Top, Path);
  for (Finding &F : Impact.Findings)
    if (F.Path == InRepository) {
      F.Path = RelativePath;
      Out.Findings.push_back(std::move(F));
    }
  for (Notification &N : Impact.Notifications)
    if (N.Path == InRepository) {
      N.Path = RelativePath;
      Out.Notifications.push_back(std::move(N));
    }
}
} // namespace

std::string Workspace::sourceRootFor(const std::string &Path) const {
  std::string Best;
  for (const std::string &Root : Roots) {
    fs::path Inside = fs::path(Path).lexically_relative(Root);
    if (Inside.empty() || *Inside.begin() == "..")
      continue;
    if (Root.size() > Best.size())
      Best = Root;
  }
  return Best.empty() ? fs::path(Path).parent_path().string() : Best;
}

std::shared_ptr<const Project> Workspace::projectFor(const std::string &Path, const std::string &Root) {
  std::string ConfigPath = findConfig(fs::path(Path).parent_path().string(), Root);
  std::string ConfigText = ConfigPath.empty() ? "" : readSmallFile(ConfigPath);
  auto Found = Projects.find(ConfigPath);
  if (Found != Projects.end() && Found->second->ConfigText == ConfigText)
    return Found->second;
  auto Loaded = std::make_shared<Project>();
  Loaded->ConfigPath = ConfigPath;
  Loaded->ConfigText = ConfigText;
  std::vector<std::string> Errors;
  // The editor waits for the first diagnostics: every core reads the catalogue, whose queries
  // compile when a document of their language first needs them.
  if (!RuleDirectories.empty() && RuleDirectories.front() == defaultRulesDirectory())
    Loaded->Rules.compileQueriesOnFirstUse(RuleDirectories.front());
  if (!Loaded->Rules.loadDirectories(RuleDirectories, Errors, std::max(1u, std::thread::hardware_concurrency()))) {
    Errors.push_back("blastradius: error: invalid rules, nothing analysed");
    Loaded->Errors = std::move(Errors);
  } else {
    ProjectConfigRequest Request;
    Request.ConfigFile = ConfigPath;
    Request.NoConfig = ConfigPath.empty();
    Request.StartPath = Path;
    Request.SourceRoot = Root;
    if (!loadProjectConfig(Request, Loaded->Rules, Loaded->Settings, Errors))
      Loaded->Errors = std::move(Errors);
  }
  Projects[ConfigPath] = Loaded;
  return Loaded;
}

DocumentResult Workspace::analyse(const std::string &Path, const std::string &Text,
                                  const OpenDocumentLookup &OpenDocument) {
  DocumentResult Result;
  std::string Root = sourceRootFor(Path);
  Result.Rules = projectFor(Path, Root);
  if (!Result.Rules->Errors.empty())
    return Result;

  ScanOptions Options;
  Options.Jobs = 1;
  Options.MaxFileSize = MaxFileSize;
  Options.OpenDocument = OpenDocument;
  Engine Analyser(Result.Rules->Rules, Options);
  InventoryEntry Entry{relativeTo(Root, Path), Path};
  Result.RelativePath = Entry.RelativePath;
  Result.Language = detectLanguage(Entry.RelativePath, Text).Language;
  FileResult File = Analyser.analyzeDocument(Entry, Root, Text);

  Report Single;
  Single.SourceRoot = Root;
  Single.Findings = std::move(File.Findings);
  Single.Notifications = std::move(File.Notifications);
  addImpactSinceHead(Path, Text, Entry.RelativePath, Result.Rules->Rules, MaxFileSize, Single);
  Single.canonicalize();
  // The same steps after the engine as `blastradius scan` (policy; the editor has no diff base,
  // baseline or coverage of its own).
  PostScanSteps Steps;
  Steps.Project = Result.Rules->Settings ? &*Result.Rules->Settings : nullptr;
  runPostScan(Steps, Result.Rules->Rules, Single);
  for (Finding &F : Single.Findings)
    if (!F.Suppressed)
      Result.Findings.push_back(std::move(F));
  Result.Notifications = std::move(Single.Notifications);
  return Result;
}

} // namespace blastradius::lsp
