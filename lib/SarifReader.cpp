#include "SarifReader.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace blastradius {

namespace {

using nlohmann::ordered_json;

/// The nesting depth of JSON text (brackets outside strings), found in one linear pass, so that a
/// million `[` never reach a parser or a recursive destructor.
bool depthWithin(const std::string &Text, unsigned Limit, size_t &Offset) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I;
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > Limit) {
        Offset = I;
        return false;
      }
    } else if ((C == ']' || C == '}') && Depth > 0) {
      --Depth;
    }
  }
  return true;
}

const char *typeName(const ordered_json &J) { return J.type_name(); }

class Validator {
public:
  std::string Error;

  bool log(const ordered_json &Log) {
    if (!Log.is_object())
      return fail("the top level", "an object", Log);
    if (!Log.contains("version") || !Log["version"].is_string() || Log["version"].get<std::string>() != "2.1.0")
      return fail(std::string("version is not \"2.1.0\""));
    if (!member(Log, "runs", "", ordered_json::value_t::array, true))
      return false;
    const ordered_json &Runs = Log["runs"];
    for (size_t I = 0; I < Runs.size(); ++I)
      if (!run(Runs[I], "runs[" + std::to_string(I) + "]"))
        return false;
    return true;
  }

private:
  bool fail(const std::string &Reason) {
    Error = Reason;
    return false;
  }
  bool fail(const std::string &Where, const char *Expected, const ordered_json &Found) {
    return fail(Where + " is " + article(typeName(Found)) + ", not " + Expected);
  }
  static std::string article(const std::string &Type) {
    return (Type == "array" || Type == "object" ? "an " : "a ") + Type;
  }

  static const char *expectedName(ordered_json::value_t Type) {
    switch (Type) {
    case ordered_json::value_t::object: return "an object";
    case ordered_json::value_t::array: return "an array";
    case ordered_json::value_t::string: return "a string";
    case ordered_json::value_t::boolean: return "a boolean";
    default: return "a number";
    }
  }

  static bool hasType(const ordered_json &J, ordered_json::value_t Type) {
    if (Type == ordered_json::value_t::number_unsigned)
      return J.is_number_unsigned() || (J.is_number_integer() && J.get<long long>() >= 0);
    return J.type() == Type;
  }

  /// Object[Key], when present (or Required), has Type.
  bool member(const ordered_json &Object, const char *Key, const std::string &Where, ordered_json::value_t Type,
              bool Required = false) {
    std::string Path = Where.empty() ? std::string(Key) : Where + "." + Key;
    if (!Object.contains(Key))
      return Required ? fail(Path + " is missing") : true;
    if (!hasType(Object[Key], Type))
      return fail(Path, expectedName(Type), Object[Key]);
    return true;
  }

  bool objects(const ordered_json &Parent, const char *Key, const std::string &Where) {
    if (!member(Parent, Key, Where, ordered_json::value_t::array))
      return false;
    if (!Parent.contains(Key))
      return true;
    const ordered_json &Array = Parent[Key];
    for (size_t I = 0; I < Array.size(); ++I)
      if (!Array[I].is_object())
        return fail(Where + "." + Key + "[" + std::to_string(I) + "]", "an object", Array[I]);
    return true;
  }

  bool run(const ordered_json &Run, const std::string &Where) {
    using T = ordered_json::value_t;
    if (!Run.is_object())
      return fail(Where, "an object", Run);
    if (!member(Run, "tool", Where, T::object, true) || !member(Run["tool"], "driver", Where + ".tool", T::object, true))
      return false;
    const ordered_json &Driver = Run["tool"]["driver"];
    std::string DriverWhere = Where + ".tool.driver";
    if (!member(Driver, "name", DriverWhere, T::string, true) || !objects(Driver, "rules", DriverWhere))
      return false;
    if (Driver.contains("rules"))
      for (size_t I = 0; I < Driver["rules"].size(); ++I)
        if (!member(Driver["rules"][I], "id", DriverWhere + ".rules[" + std::to_string(I) + "]", T::string, true))
          return false;
    if (!member(Run, "automationDetails", Where, T::object) ||
        (Run.contains("automationDetails") &&
         !member(Run["automationDetails"], "id", Where + ".automationDetails", T::string)) ||
        !member(Run, "originalUriBaseIds", Where, T::object) || !member(Run, "properties", Where, T::object) ||
        !objects(Run, "results", Where) || !objects(Run, "invocations", Where))
      return false;
    if (Run.contains("properties"))
      for (const char *Count : {"filesAnalysed", "filesSkipped"})
        if (!member(Run["properties"], Count, Where + ".properties", T::number_unsigned))
          return false;
    if (Run.contains("invocations"))
      for (size_t I = 0; I < Run["invocations"].size(); ++I) {
        std::string At = Where + ".invocations[" + std::to_string(I) + "]";
        if (!member(Run["invocations"][I], "executionSuccessful", At, T::boolean) ||
            !objects(Run["invocations"][I], "toolExecutionNotifications", At))
          return false;
      }
    if (Run.contains("results"))
      for (size_t I = 0; I < Run["results"].size(); ++I)
        if (!result(Run["results"][I], Where + ".results[" + std::to_string(I) + "]"))
          return false;
    return true;
  }

  bool result(const ordered_json &Result, const std::string &Where) {
    using T = ordered_json::value_t;
    if (!member(Result, "ruleId", Where, T::string) || !member(Result, "level", Where, T::string) ||
        !member(Result, "baselineState", Where, T::string) || !member(Result, "message", Where, T::object) ||
        (Result.contains("message") && !member(Result["message"], "text", Where + ".message", T::string)) ||
        !member(Result, "partialFingerprints", Where, T::object) || !objects(Result, "locations", Where))
      return false;
    if (Result.contains("partialFingerprints"))
      for (auto &[Key, Value] : Result["partialFingerprints"].items())
        if (!Value.is_string())
          return fail(Where + ".partialFingerprints." + Key, "a string", Value);
    if (!Result.contains("locations"))
      return true;
    for (size_t I = 0; I < Result["locations"].size(); ++I) {
      const ordered_json &Location = Result["locations"][I];
      std::string At = Where + ".locations[" + std::to_string(I) + "]";
      if (!member(Location, "physicalLocation", At, T::object))
        return false;
      if (!Location.contains("physicalLocation"))
        continue;
      const ordered_json &Physical = Location["physicalLocation"];
      At += ".physicalLocation";
      if (!member(Physical, "artifactLocation", At, T::object) || !member(Physical, "region", At, T::object))
        return false;
      if (Physical.contains("artifactLocation") &&
          !member(Physical["artifactLocation"], "uri", At + ".artifactLocation", T::string))
        return false;
      if (!Physical.contains("region"))
        continue;
      const ordered_json &Region = Physical["region"];
      for (const char *Key : {"startLine", "startColumn", "endLine", "endColumn"})
        if (!member(Region, Key, At + ".region", T::number_unsigned))
          return false;
      if (!member(Region, "snippet", At + ".region", T::object) ||
          (Region.contains("snippet") && !member(Region["snippet"], "text", At + ".region.snippet", T::string)))
        return false;
    }
    return true;
  }
};

} // namespace

bool parseSarifLog(const std::string &Content, ordered_json &Log, std::string &Error) {
  size_t Offset = 0;
  if (!depthWithin(Content, MaxSarifDepth, Offset)) {
    Error = "not a SARIF log: nested deeper than " + std::to_string(MaxSarifDepth) + " levels at byte " +
            std::to_string(Offset);
    return false;
  }
  Log = ordered_json::parse(Content, nullptr, /*allow_exceptions=*/false);
  if (Log.is_discarded()) {
    // Parse again for the position of the error (the text is known to be shallow now).
    try {
      ordered_json Again = ordered_json::parse(Content);
      (void)Again;
    } catch (const nlohmann::json::exception &E) {
      std::string What = E.what();
      size_t Colon = What.find("] ");
      Error = "not a SARIF log: invalid JSON: " + (Colon == std::string::npos ? What : What.substr(Colon + 2));
      return false;
    }
    Error = "not a SARIF log: invalid JSON";
    return false;
  }
  Validator V;
  if (!V.log(Log)) {
    Error = "not a SARIF log: " + V.Error;
    Log = nullptr;
    return false;
  }
  return true;
}

bool readSarifLog(const std::string &Path, ordered_json &Log, std::string &Error, std::string *RawContent) {
  std::error_code Ec;
  std::ifstream In(Path, std::ios::binary);
  if (!std::filesystem::is_regular_file(Path, Ec) || !In) {
    Error = "cannot read " + Path + " (not a readable file)";
    return false;
  }
  std::string Content((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  if (!parseSarifLog(Content, Log, Error)) {
    Error = Path + ": " + Error;
    return false;
  }
  if (RawContent)
    *RawContent = std::move(Content);
  return true;
}

} // namespace blastradius
