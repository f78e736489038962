// Validates a rule.yaml against docs/rule.schema.json, so that a team's own rules are checked by the
// same published contract as the shipped ones. Implements the JSON Schema subset that schema uses
// (type, enum, pattern, required, properties, additionalProperties, items, minItems, maxLength,
// oneOf, local $ref), reading the YAML node tree directly so that every error keeps its line/column.
#ifndef BLASTRADIUS_RULESCHEMA_H
#define BLASTRADIUS_RULESCHEMA_H

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace YAML {
class Node;
}

namespace blastradius {

/// Appends "PATH:LINE:COL: error: MESSAGE" for every violation of Schema by Document.
void validateRuleDocument(const nlohmann::json &Schema, const YAML::Node &Document, const std::string &Path,
                          std::vector<std::string> &Errors);

/// Where the shipped schema is: docs/rule.schema.json beside the default rules directory.
std::string defaultRuleSchemaPath();

} // namespace blastradius

#endif
