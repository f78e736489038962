// The project configuration, `.blastradius.yaml` at the repository root (or --config FILE):
//
//   rules:      {disable: [rule-id ...], enable: [rule-id ...]}  (enable wins over a disabled family)
//   families:   {disable: [family ...]}
//   severity:   {rule-id-or-family: error|warning|note}
//   tiers:      [{name: tier-1, paths: [glob ...], fail-on: note, raise: true}, ...]
//   suppressions:
//     - {paths: [glob ...], rules: [rule-id ... | "*"], reason: "...", expires: 2027-01-31}
//   provenance: {patterns: [regex ...], raise: true}
//   untested:   {level: error}   (with --coverage: findings in never-executed lines at least this level)
//
// An invalid file is an error that names the file, line and column of the offending key.
#ifndef BLASTRADIUS_CONFIG_H
#define BLASTRADIUS_CONFIG_H

#include "Glob.h"
#include "Rule.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace blastradius {

class RuleSet;

struct ConfigTier {
  std::string Name;
  std::vector<PathGlob> Paths;
  /// The lowest level that fails the build for findings in these paths (else --fail-on).
  std::optional<Level> FailOn;
  /// Raise findings in these paths one level (note -> warning -> error). Default: on for a tier
  /// named "tier-1", off otherwise.
  bool Raise = false;
};

struct ConfigSuppression {
  std::vector<PathGlob> Paths;
  /// Rule ids, or "*" for every rule.
  std::vector<std::string> Rules;
  std::string Reason;
  /// "YYYY-MM-DD" or empty: from that day on the entry stops suppressing.
  std::string Expires;
  /// FILE:LINE of the entry, for messages.
  std::string Where;
};

struct Config {
  std::string Path;
  std::set<std::string> DisabledRules;
  /// Rules kept although their family is switched off (`rules: {enable: [...]}`).
  std::set<std::string> EnabledRules;
  std::set<std::string> DisabledFamilies;
  /// Rule id or family -> level.
  std::map<std::string, Level> Severity;
  std::vector<ConfigTier> Tiers;
  std::vector<ConfigSuppression> Suppressions;
  /// provenance: {patterns: [...], raise: true}: extra commit-message patterns (RE2) besides the
  /// defaults, and whether AI-assisted findings are raised one level.
  std::vector<std::string> ProvenancePatterns;
  bool ProvenanceRaise = false;
  /// untested: {level: L}: with --coverage, findings on lines the tests never ran are raised to L.
  std::optional<Level> UntestedLevel;
  /// `terraform: var-files:` (relative to the configuration file), as `-var-file` would give them.
  std::vector<std::string> TerraformVarFiles;
  /// Rule ids named anywhere, with where, checked against the loaded rules.
  std::vector<std::pair<std::string, std::string>> NamedRules;
};

/// Reads and validates a configuration file. Errors are "FILE:LINE:COL: error: message".
bool loadConfig(const std::string &Path, Config &Out, std::vector<std::string> &Errors);

/// `.blastradius.yaml` in Directory or its parents, not above Root (the repository); "" if none.
std::string findConfig(const std::string &Directory, const std::string &Root);

/// Errors for rule ids and families the configuration names that are not loaded or known.
void checkConfigAgainstRules(const Config &C, const RuleSet &Rules, std::vector<std::string> &Errors);

} // namespace blastradius

#endif
