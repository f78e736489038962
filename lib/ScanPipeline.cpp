// The project configuration of a scan, shared by `blastradius scan` and `blastradius lsp`.
#include "ScanPipeline.h"

#include "ProjectPolicy.h"
#include "RuleLoader.h"

#include <filesystem>

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

} // namespace blastradius
