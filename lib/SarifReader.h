// The one reader of SARIF logs that come from outside (a baseline, the shards given to `merge`):
// such a file may be hostile or simply broken, so its nesting depth is bounded before it is parsed
// and every member the tool reads is checked for its type. A log that fails is refused with
// "not a SARIF log: <what, where>"; nothing downstream meets a value of an unexpected type.
#ifndef BLASTRADIUS_SARIFREADER_H
#define BLASTRADIUS_SARIFREADER_H

#include <nlohmann/json.hpp>

#include <string>

namespace blastradius {

/// Deepest nesting of arrays and objects a log may have (blastradius writes fewer than 12 levels).
constexpr unsigned MaxSarifDepth = 64;

/// Parses Content as a SARIF 2.1.0 log and validates the members blastradius reads. On failure
/// returns false with Error = "not a SARIF log: <reason>" (the caller prefixes the file name).
bool parseSarifLog(const std::string &Content, nlohmann::ordered_json &Log, std::string &Error);

/// Reads Path and parses it with parseSarifLog; Error names the file.
bool readSarifLog(const std::string &Path, nlohmann::ordered_json &Log, std::string &Error,
                  std::string *RawContent = nullptr);

} // namespace blastradius

#endif
