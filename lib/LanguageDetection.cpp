#include "LanguageDetection.h"
#include "StringHelpers.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

namespace blastradius {

namespace {

std::string_view baseName(std::string_view Path) {
  size_t Slash = Path.rfind('/');
  return Slash == std::string_view::npos ? Path : Path.substr(Slash + 1);
}

std::string lowerExtension(std::string_view Name) {
  size_t Dot = Name.rfind('.');
  if (Dot == std::string_view::npos || Dot == 0)
    return "";
  std::string Ext(Name.substr(Dot + 1));
  std::transform(Ext.begin(), Ext.end(), Ext.begin(), [](unsigned char C) { return std::tolower(C); });
  return Ext;
}

Detection language(std::string Name) { return {std::move(Name), "", ""}; }
Detection skip(std::string Kind, std::string Reason) { return {"", std::move(Reason), std::move(Kind)}; }

/// The interpreter a `#!` line names, through `env` if need be ("bash", "python3" ...).
std::string shebangInterpreter(std::string_view Content) {
  if (!startsWith(Content, "#!"))
    return "";
  std::string_view Line = Content.substr(2, Content.find('\n') == std::string_view::npos
                                                ? std::string_view::npos
                                                : Content.find('\n') - 2);
  std::string Interpreter;
  // The last path component of the first word, or of the word after `env` (skipping env's options).
  static const RE2 Shebang(R"(^\s*(?:\S*/)?(\S+)(?:\s+(?:-\S+\s+)*(?:\S*/)?(\S+))?)");
  std::string First, Second;
  if (!RE2::PartialMatch(Line, Shebang, &First, &Second))
    return "";
  return First == "env" ? Second : First;
}

bool isYamlKubernetes(std::string_view Content) {
  static const RE2 ApiVersion(R"((?m)^apiVersion:\s*\S)");
  static const RE2 Kind(R"((?m)^kind:\s*\S)");
  return RE2::PartialMatch(Content, ApiVersion) && RE2::PartialMatch(Content, Kind);
}

/// A workflow outside .github/workflows (a reusable copy, a rule sample): top-level `on:` and `jobs:`
/// with a job that `runs-on` something.
bool isYamlGithubWorkflow(std::string_view Content) {
  static const RE2 On(R"((?m)^(?:on|"on"|'on'|true):)");
  static const RE2 Jobs(R"((?m)^jobs:\s*$)");
  static const RE2 RunsOn(R"((?m)^\s+(?:runs-on|uses):\s*\S)");
  return RE2::PartialMatch(Content, On) && RE2::PartialMatch(Content, Jobs) && RE2::PartialMatch(Content, RunsOn);
}

bool isCloudFormation(std::string_view Content, bool Json) {
  if (Content.find("AWSTemplateFormatVersion") != std::string_view::npos)
    return true;
  static const RE2 YamlType(R"((?m)^\s+Type:\s*['"]?AWS::[A-Za-z0-9]+::)");
  static const RE2 JsonType(R"("Type"\s*:\s*"AWS::[A-Za-z0-9]+::)");
  bool HasResources = Content.find(Json ? "\"Resources\"" : "Resources:") != std::string_view::npos;
  return HasResources && RE2::PartialMatch(Content, Json ? JsonType : YamlType);
}

bool isHelmTemplate(std::string_view Path, std::string_view Content) {
  // Chart templates are Go templates that only become YAML once rendered.
  bool InTemplatesDir = Path.find("templates/") != std::string_view::npos;
  return InTemplatesDir && Content.find("{{") != std::string_view::npos;
}

} // namespace

bool looksBinary(std::string_view Content) {
  return Content.substr(0, 8192).find('\0') != std::string_view::npos;
}

Detection detectLanguage(std::string_view Path, std::string_view Content) {
  std::string_view Name = baseName(Path);
  std::string Ext = lowerExtension(Name);

  if (Name == "Dockerfile" || Name == "Containerfile" || startsWith(Name, "Dockerfile.") || Ext == "dockerfile")
    return language("dockerfile");

  static const std::array<const char *, 7> CppSources = {"cpp", "cc", "cxx", "c++", "c", "cp", "ipp"};
  static const std::array<const char *, 5> CppHeaders = {"h", "hpp", "hh", "hxx", "h++"};
  if (std::find(CppSources.begin(), CppSources.end(), Ext) != CppSources.end())
    return language("cpp");
  if (std::find(CppHeaders.begin(), CppHeaders.end(), Ext) != CppHeaders.end())
    return skip("cpp-header", "C++ header: analysed through the translation units that include it");

  if (Ext == "tf" || Ext == "tfvars" || Ext == "hcl")
    return language("terraform");
  if (Ext == "sh" || Ext == "bash")
    return language("bash");
  if (Ext == "py")
    return language("python");
  if (Ext == "sql")
    return language("sql");
  if (Ext == "json" || Ext == "template") {
    if (Ext == "template" && Content.find("AWSTemplateFormatVersion") == std::string_view::npos)
      return skip("unknown-language", "unknown language");
    return language(isCloudFormation(Content, true) ? "cloudformation-json" : "json");
  }
  if (Ext == "yml" || Ext == "yaml") {
    if (Path.find(".github/workflows/") != std::string_view::npos)
      return language("github-actions");
    if (isHelmTemplate(Path, Content))
      return skip("helm-template", "Helm chart template (Go template syntax, not YAML): analyse rendered output");
    if (isCloudFormation(Content, false))
      return language("cloudformation");
    if (isYamlGithubWorkflow(Content))
      return language("github-actions");
    if (isYamlKubernetes(Content))
      return language("kubernetes");
    return language("yaml");
  }

  std::string Interpreter = shebangInterpreter(Content);
  if (Interpreter == "bash" || Interpreter == "sh" || Interpreter == "dash" || Interpreter == "ksh")
    return language("bash");
  if (startsWith(Interpreter, "python"))
    return language("python");
  if (!Interpreter.empty())
    return skip("unknown-language", "unknown language (script for '" + Interpreter + "')");
  return skip("unknown-language", "unknown language");
}

} // namespace blastradius
