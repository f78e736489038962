#include "semantic/SemanticAnalyzer.h"

#include "Languages.h"
#include "model/Json.h"
#include "model/Yaml.h"
#include "shell/ScriptIndex.h"
#include "shell/ShellDataflow.h"
#include "python/PythonSyntax.h"

namespace blastradius {

namespace {

Grammar grammarOf(const std::string &Language) {
  const LanguageInfo *Info = findLanguage(Language);
  return Info ? Info->Parser : Grammar::None;
}

} // namespace

SemanticContext::SemanticContext(std::string Path, std::string Language, std::string_view Text,
                                 const SourceText &Source, TSNode Root, Services TheServices)
    : Path(std::move(Path)), Language(std::move(Language)), Text(Text), Source(Source), Root(Root), Flat(Root),
      TheServices(std::move(TheServices)) {}

SemanticContext::~SemanticContext() = default;

const std::vector<model::Node> &SemanticContext::yamlDocuments() const {
  if (!YamlBuilt) {
    YamlBuilt = true;
    if (grammarOf(Language) == Grammar::Yaml)
      Yaml = model::convertYamlRecovering(Root, Text);
  }
  return Yaml;
}

const model::Node *SemanticContext::jsonDocument() const {
  if (!JsonBuilt) {
    JsonBuilt = true;
    if (grammarOf(Language) == Grammar::Json)
      Json = model::convertJson(Root, Text);
  }
  return Json ? &*Json : nullptr;
}

const model::HclBlock &SemanticContext::hcl() const {
  if (!HclBuilt) {
    HclBuilt = true;
    if (grammarOf(Language) == Grammar::Hcl)
      Hcl = model::convertHcl(Root, Text);
  }
  return Hcl;
}

const shell::ScriptIndex &SemanticContext::shellScript() const {
  if (!ShellScript)
    ShellScript = std::make_unique<shell::ScriptIndex>(Root, Text);
  return *ShellScript;
}

const shell::ShellDataflow &SemanticContext::shellDataflow() const {
  if (!ShellFlow)
    ShellFlow = std::make_unique<shell::ShellDataflow>(Root, Text);
  return *ShellFlow;
}

const python::Imports &SemanticContext::pythonImports() const {
  if (!PythonImports)
    PythonImports = std::make_unique<python::Imports>(Root, Text);
  return *PythonImports;
}

const python::ValueFlow &SemanticContext::pythonValueFlow() const {
  if (!PythonValueFlow)
    PythonValueFlow = std::make_unique<python::ValueFlow>(Root, Text, pythonImports());
  return *PythonValueFlow;
}

void SemanticContext::report(std::string_view RuleId, uint32_t Start, uint32_t End, std::string Detail,
                             std::optional<Level> LevelOverride) {
  Reports.push_back({std::string(RuleId), Start, std::max(Start, End), std::move(Detail), LevelOverride, {}});
}

} // namespace blastradius
