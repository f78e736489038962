// The plan and change-set readers read JSON that anyone could have written: a member they expect to
// be a string may be a number, a list or missing. nlohmann's value() throws on a type mismatch (an
// uncaught exception: the fuzzer's first find in FuzzPlan), so every string member is read here.
#ifndef BLASTRADIUS_IMPACT_JSONMEMBER_H
#define BLASTRADIUS_IMPACT_JSONMEMBER_H

#include <nlohmann/json.hpp>

#include <string>

namespace blastradius::impact {

/// Object[Key] when Object is an object holding a string there, else "".
inline std::string stringMember(const nlohmann::json &Object, const char *Key) {
  if (!Object.is_object())
    return "";
  auto Found = Object.find(Key);
  return Found != Object.end() && Found->is_string() ? Found->get<std::string>() : "";
}

} // namespace blastradius::impact

#endif
