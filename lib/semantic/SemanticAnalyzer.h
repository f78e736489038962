// Semantic analysers: C++ passes over a whole file's model (YAML documents, a JSON value, HCL
// blocks) that judge one concern across syntaxes (an IAM policy, a deletion policy, a workflow's
// permissions). Rules with `engine: semantic` name the analyser that reports them; an analyser
// reports only the rule ids it declares, and only those that are loaded reach the report.
#ifndef BLASTRADIUS_SEMANTIC_SEMANTICANALYZER_H
#define BLASTRADIUS_SEMANTIC_SEMANTICANALYZER_H

#include "EmbeddedCode.h"
#include "Rule.h"
#include "Report.h"
#include "SourceText.h"
#include "model/FlatTree.h"
#include "model/Hcl.h"
#include "model/Node.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius {

namespace terraform {
struct Module;
}
namespace shell {
class ScriptIndex;
class ShellDataflow;
} // namespace shell

namespace python {
class Imports;
class ValueFlow;
} // namespace python

/// One file as a semantic analyser sees it. The models are built on first use and shared by every
/// analyser of the file; the services (module variables, repository files, embedded code) are
/// provided by the engine.
class SemanticContext {
public:
  struct Services {
    /// The Terraform module of a directory named relative to this file's directory ("." for its
    /// own), read once per scan; nullptr when it is outside the scan root, reached through a
    /// symlink or not a directory.
    std::function<const terraform::Module *(std::string_view RelativeDirectory)> TerraformModule;
    /// Reads a file named relative to this file's directory, when it is a regular file inside the
    /// source root reached without symlinks and within the size limit; nullopt otherwise.
    std::function<std::optional<std::string>(std::string_view RelativePath)> ReadRepositoryFile;
    /// Runs the rules of Language (e.g. "bash") over embedded code; findings land in this file.
    std::function<void(const EmbeddedSnippet &, std::string_view Language)> AnalyzeEmbedded;
    /// Whether a rule of that id is loaded (analysers may skip work for disabled rules).
    std::function<bool(std::string_view RuleId)> RuleEnabled;
    /// How deep this text is embedded: 0 for the file itself, 1 for shell in a YAML `run:` or SQL
    /// in a `psql -c` string, 2 for SQL in a `psql -c` inside a `run:`. Rules about a whole file
    /// (a migration's lock_timeout) apply only at 0.
    unsigned EmbeddingDepth = 0;
    /// The file's absolute path (path() is relative to the scan root, which may itself be the
    /// `migrations/` directory that says what the file is).
    std::string AbsolutePath;
  };

  /// One reported problem: Start/End are host byte offsets.
  struct Report {
    std::string RuleId;
    uint32_t Start = 0, End = 0;
    std::string Detail;
    /// A level other than the rule's default (e.g. a read-only wildcard reported as a note).
    std::optional<Level> LevelOverride;
    /// Places the finding is also about (where a risky value is set): SARIF relatedLocations.
    using Related = RelatedSpan;
    std::vector<Related> RelatedLocations;
  };

  SemanticContext(std::string Path, std::string Language, std::string_view Text, const SourceText &Source,
                  TSNode Root, Services TheServices);
  ~SemanticContext();

  const std::string &path() const { return Path; }
  /// The detected language: "terraform", "kubernetes", "cloudformation", "github-actions", "json" ...
  const std::string &language() const { return Language; }
  std::string_view text() const { return Text; }
  const SourceText &source() const { return Source; }
  TSNode root() const { return Root; }

  /// The YAML documents (empty unless the file was parsed as YAML).
  const std::vector<model::Node> &yamlDocuments() const;
  /// The JSON value (nullptr unless the file was parsed as JSON and holds one).
  const model::Node *jsonDocument() const;
  /// The HCL file body (empty unless the file was parsed as HCL).
  const model::HclBlock &hcl() const;
  /// A shell script's statements, listed once for every shell analyser (shell/ScriptIndex.h).
  const shell::ScriptIndex &shellScript() const;
  /// A shell script's dataflow (shell/ShellDataflow.h), built once, on first use.
  const shell::ShellDataflow &shellDataflow() const;
  /// A Python file's imports and value flow (python/PythonSyntax.h), built once for every Python
  /// analyser of the file (each built its own before: five import tables and two flows per file).
  const python::Imports &pythonImports() const;
  const python::ValueFlow &pythonValueFlow() const;

  const Services &services() const { return TheServices; }
  /// Whether this text is code embedded in a host file (see Services::EmbeddingDepth); path() is
  /// then the host's path, and reported offsets are offsets in text().
  bool embedded() const { return TheServices.EmbeddingDepth > 0; }
  bool ruleEnabled(std::string_view RuleId) const { return !TheServices.RuleEnabled || TheServices.RuleEnabled(RuleId); }

  void report(std::string_view RuleId, uint32_t Start, uint32_t End, std::string Detail = {},
              std::optional<Level> LevelOverride = std::nullopt);
  void report(std::string_view RuleId, const model::Node &At, std::string Detail = {},
              std::optional<Level> LevelOverride = std::nullopt) {
    report(RuleId, At.Begin, At.End, std::move(Detail), LevelOverride);
  }
  const std::vector<Report> &reports() const { return Reports; }
  /// Adds a related location to the last report.
  void addRelated(Report::Related R) {
    if (!Reports.empty())
      Reports.back().RelatedLocations.push_back(std::move(R));
  }

private:
  std::string Path;
  std::string Language;
  std::string_view Text;
  const SourceText &Source;
  TSNode Root;
  /// The tree flattened once for every analyser's walk, on first use (model/FlatTree.h).
  model::FlatTreeScope Flat;
  Services TheServices;
  std::vector<Report> Reports;

  mutable bool YamlBuilt = false, JsonBuilt = false, HclBuilt = false;
  mutable std::vector<model::Node> Yaml;
  mutable std::optional<model::Node> Json;
  mutable model::HclBlock Hcl;
  mutable std::unique_ptr<shell::ScriptIndex> ShellScript;
  mutable std::unique_ptr<shell::ShellDataflow> ShellFlow;
  mutable std::unique_ptr<python::Imports> PythonImports;
  mutable std::unique_ptr<python::ValueFlow> PythonValueFlow;
};

class SemanticAnalyzer {
public:
  virtual ~SemanticAnalyzer() = default;
  /// The name rules give in `analyzer:`.
  virtual std::string_view name() const = 0;
  /// One line for `blastradius rules` and the docs.
  virtual std::string_view description() const = 0;
  /// Every rule id this analyser may report. None for an analyser that only hands embedded code
  /// back to the engine (it then runs on every file of its languages).
  virtual std::vector<std::string_view> ruleIds() const = 0;
  /// For an analyser without rules of its own: the languages of the code it hands back to the engine
  /// (the prefilter runs it when a rule of one of them may fire). Empty: it always runs.
  virtual std::vector<std::string_view> embeddedLanguages() const { return {}; }
  /// Whether it runs on files of that (detected) language.
  virtual bool appliesTo(std::string_view FileLanguage) const = 0;
  /// Judges the file and reports through Context. Must be thread-safe and stateless.
  virtual void analyze(SemanticContext &Context) const = 0;
};

/// The semantic analyser of that name, or nullptr.
const SemanticAnalyzer *findSemanticAnalyzer(std::string_view Name);
/// Every semantic analyser, in registration order.
const std::vector<const SemanticAnalyzer *> &allSemanticAnalyzers();

} // namespace blastradius

#endif
