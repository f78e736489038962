#include "RuleSchema.h"

#include "RuleLoader.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

namespace blastradius {

namespace {

class Validator {
public:
  Validator(const nlohmann::json &Root, const std::string &Path, std::vector<std::string> &Errors)
      : Root(Root), Path(Path), Errors(Errors) {}

  /// Validates Value against Schema; Where names the value for messages ("'cwe' item 2").
  /// Returns whether it holds; when Report is false nothing is written (oneOf's trials).
  bool check(const nlohmann::json &Schema, const YAML::Node &Value, const std::string &Where, bool Report,
             unsigned Depth = 0) {
    if (Depth > 16 || !Schema.is_object())
      return true;
    if (Schema.contains("$ref")) {
      const nlohmann::json *Target = resolve(Schema["$ref"].get<std::string>());
      return !Target || check(*Target, Value, Where, Report, Depth + 1);
    }
    if (Schema.contains("oneOf")) {
      unsigned Matching = 0;
      for (const nlohmann::json &Alternative : Schema["oneOf"])
        Matching += check(Alternative, Value, Where, false, Depth + 1) ? 1 : 0;
      if (Matching > 1)
        return fail(Value, Where + " matches more than one allowed form", Report);
      if (Matching == 0) {
        // Explain through the alternative of the value's own shape (a list of languages: which item).
        for (const nlohmann::json &Alternative : Schema["oneOf"]) {
          const nlohmann::json *Resolved =
              Alternative.contains("$ref") ? resolve(Alternative["$ref"].get<std::string>()) : &Alternative;
          if (Resolved && Resolved->contains("type") && hasType(Value, (*Resolved)["type"].get<std::string>()))
            return check(*Resolved, Value, Where, Report, Depth + 1);
        }
        return fail(Value, Where + " has none of the allowed forms", Report);
      }
    }
    if (Schema.contains("type") && !hasType(Value, Schema["type"].get<std::string>()))
      return fail(Value, Where + " must be " + article(Schema["type"].get<std::string>()), Report);
    bool Holds = true;
    if (Value.IsScalar()) {
      std::string Text = Value.Scalar();
      if (Schema.contains("enum")) {
        bool Found = false;
        for (const nlohmann::json &Allowed : Schema["enum"])
          Found |= Allowed.is_string() && Allowed.get<std::string>() == Text;
        if (!Found)
          Holds = fail(Value, Where + " is '" + Text + "', not one of " + describe(Schema["enum"]), Report);
      }
      if (Schema.contains("pattern")) {
        RE2 Pattern(Schema["pattern"].get<std::string>());
        if (Pattern.ok() && !RE2::PartialMatch(Text, Pattern))
          Holds = fail(Value, Where + " '" + Text + "' does not match " + Schema["pattern"].get<std::string>(), Report);
      }
      if (Schema.contains("maxLength") && Text.size() > Schema["maxLength"].get<size_t>())
        Holds = fail(Value, Where + " is longer than " + std::to_string(Schema["maxLength"].get<size_t>()) +
                                " characters",
                     Report);
    }
    if (Value.IsSequence()) {
      if (Schema.contains("minItems") && Value.size() < Schema["minItems"].get<size_t>())
        Holds = fail(Value, Where + " needs at least " + std::to_string(Schema["minItems"].get<size_t>()) + " item(s)",
                     Report);
      if (Schema.contains("items"))
        for (size_t I = 0; I < Value.size(); ++I)
          Holds &= check(Schema["items"], Value[I], Where + " item " + std::to_string(I + 1), Report, Depth + 1);
    }
    if (Value.IsMap()) {
      std::set<std::string> Present;
      for (const auto &Entry : Value) {
        std::string Key = Entry.first.Scalar();
        Present.insert(Key);
        const nlohmann::json *Property =
            Schema.contains("properties") && Schema["properties"].contains(Key) ? &Schema["properties"][Key] : nullptr;
        if (Property)
          Holds &= check(*Property, Entry.second, "'" + Key + "'", Report, Depth + 1);
        else if (Schema.value("additionalProperties", true) == false)
          Holds = fail(Entry.first, "unknown key '" + Key + "'", Report);
      }
      if (Schema.contains("required"))
        for (const nlohmann::json &Key : Schema["required"])
          if (!Present.count(Key.get<std::string>()))
            Holds = fail(Value, "missing required key '" + Key.get<std::string>() + "'", Report);
    }
    return Holds;
  }

private:
  const nlohmann::json &Root;
  const std::string &Path;
  std::vector<std::string> &Errors;

  const nlohmann::json *resolve(const std::string &Ref) const {
    // Local references only: "#/definitions/name".
    if (Ref.rfind("#/", 0) != 0)
      return nullptr;
    const nlohmann::json *At = &Root;
    size_t Begin = 2;
    while (Begin <= Ref.size()) {
      size_t Slash = Ref.find('/', Begin);
      std::string Part = Ref.substr(Begin, Slash == std::string::npos ? std::string::npos : Slash - Begin);
      if (!At->is_object() || !At->contains(Part))
        return nullptr;
      At = &(*At)[Part];
      if (Slash == std::string::npos)
        break;
      Begin = Slash + 1;
    }
    return At;
  }

  static bool hasType(const YAML::Node &Value, const std::string &Type) {
    if (Type == "object")
      return Value.IsMap();
    if (Type == "array")
      return Value.IsSequence();
    if (!Value.IsScalar())
      return false;
    if (Type == "boolean")
      return Value.Scalar() == "true" || Value.Scalar() == "false";
    // YAML writes every scalar as text; a string is any scalar (the patterns say more).
    return Type == "string";
  }

  static std::string article(const std::string &Type) {
    if (Type == "array")
      return "a list";
    if (Type == "object")
      return "a mapping";
    if (Type == "boolean")
      return "true or false";
    return "a " + Type;
  }

  static std::string describe(const nlohmann::json &List) {
    std::string Out;
    for (const nlohmann::json &Item : List)
      Out += (Out.empty() ? "" : ", ") +
             (Item.is_string() ? Item.get<std::string>() : Item.dump());
    return Out;
  }

  bool fail(const YAML::Node &At, const std::string &Message, bool Report) {
    if (Report) {
      const YAML::Mark Mark = At.Mark();
      Errors.push_back(Path + ":" + std::to_string(Mark.line < 0 ? 1 : Mark.line + 1) + ":" +
                       std::to_string(Mark.column < 0 ? 1 : Mark.column + 1) + ": error: " + Message +
                       " (docs/rule.schema.json)");
    }
    return false;
  }
};

} // namespace

void validateRuleDocument(const nlohmann::json &Schema, const YAML::Node &Document, const std::string &Path,
                          std::vector<std::string> &Errors) {
  Validator(Schema, Path, Errors).check(Schema, Document, "the rule", true);
}

std::string defaultRuleSchemaPath() {
  return (std::filesystem::path(defaultRulesDirectory()).parent_path() / "docs" / "rule.schema.json").string();
}

} // namespace blastradius
