// The parts of a scan around the engine that every front end must run the same way, so that the
// editor (`blastradius lsp`) shows what `blastradius scan` reports: the project configuration
// (.blastradius.yaml, suppression files, rule selection) before the engine, the policy after it.
#ifndef BLASTRADIUS_SCANPIPELINE_H
#define BLASTRADIUS_SCANPIPELINE_H

#include "Config.h"
#include "Report.h"

#include <optional>
#include <string>
#include <vector>

namespace blastradius {

class RuleSet;

struct ProjectConfigRequest {
  /// --config FILE, or empty to look for .blastradius.yaml.
  std::string ConfigFile;
  bool NoConfig = false;
  /// Where the search for .blastradius.yaml starts (a file: its directory), up to SourceRoot.
  std::string StartPath;
  std::string SourceRoot;
  /// --suppressions FILE...: more `suppressions:` entries.
  std::vector<std::string> SuppressionFiles;
};

/// Loads the project configuration and applies its rule selection to Rules. Project stays empty
/// when there is neither a configuration nor a suppressions file. On an invalid file returns false
/// with Errors holding the lines to print, the last one saying that nothing was scanned.
bool loadProjectConfig(const ProjectConfigRequest &Request, RuleSet &Rules, std::optional<Config> &Project,
                       std::vector<std::string> &Errors);

} // namespace blastradius

#endif
