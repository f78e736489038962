// `blastradius new-rule LANGUAGE ID [--semantic]`: the scaffold of a rule, like clang-tidy's
// add_new_check.py and ast-grep's `sg new`. It writes rules/<language>/<id>/ (rule.yaml, a README
// with every section, a sample whose `ruleid:` case fails until the rule is written, and for a query
// rule a query that loads but matches nothing) and, with --semantic, the analyser in lib/semantic/
// with its declaration, its registration and its line in lib/CMakeLists.txt. It checks everything
// before writing anything, and refuses an id that exists or does not follow the naming scheme.
#include "Commands.h"

#include "Languages.h"
#include "RuleLoader.h"

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

namespace fs = std::filesystem;

namespace blastradius::tools {

namespace {

std::string camel(const std::string &Id, bool Upper) {
  std::string Name;
  bool Next = Upper;
  for (char C : Id) {
    if (C == '-') {
      Next = true;
      continue;
    }
    Name += Next ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Next = false;
  }
  return Name;
}

bool readText(const fs::path &Path, std::string &Text) {
  std::ifstream In(Path, std::ios::binary);
  std::ostringstream Buffer;
  Buffer << In.rdbuf();
  Text = Buffer.str();
  return static_cast<bool>(In);
}

bool writeText(const fs::path &Path, const std::string &Text) {
  std::error_code Error;
  fs::create_directories(Path.parent_path(), Error);
  std::ofstream Out(Path, std::ios::binary);
  Out << Text;
  return static_cast<bool>(Out);
}

std::string replaceAll(std::string Text, const std::string &From, const std::string &To) {
  for (size_t At = Text.find(From); At != std::string::npos; At = Text.find(From, At + To.size()))
    Text.replace(At, From.size(), To);
  return Text;
}

/// The sample's file name (below the rule folder) and text, with one `ruleid:` and one `ok:` case in
/// the language's comment syntax. The cases are placeholders: the `ruleid:` one fails until written.
std::pair<std::string, std::string> sampleFor(const std::string &Language, const std::string &Id) {
  static const std::map<std::string, std::pair<std::string, std::string>> Samples = {
      {"terraform",
       {"ID.tf", "# RUN: %blastradius test %s\n# TODO: the risky form, and near misses that must stay silent.\n"
                 "resource \"TODO_type\" \"risky\" {\n  # ruleid: ID\n  todo_attribute = \"TODO: the risky value\"\n}\n\n"
                 "resource \"TODO_type\" \"safe\" {\n  # ok: ID\n  todo_attribute = \"TODO: the safe value\"\n}\n"}},
      {"bash",
       {"ID.sh", "#!/bin/bash\n# RUN: %blastradius test %s\n# TODO: the risky command, and near misses.\n\n"
                 "# ruleid: ID\ntodo-the-risky-command --all\n\n# ok: ID\ntodo-the-safe-command --dry-run\n"}},
      {"python",
       {"ID.py", "# RUN: %blastradius test %s\n# TODO: the risky call, and near misses.\n\n"
                 "# ruleid: ID\ntodo_the_risky_call()\n\n# ok: ID\ntodo_the_safe_call()\n"}},
      {"sql",
       {"migrations/ID.sql", "-- RUN: %blastradius test %s\n-- TODO: the risky statement, and near misses.\n\n"
                             "-- ruleid: ID\nSELECT 'TODO: the risky statement';\n\n"
                             "-- ok: ID\nSELECT 'TODO: the safe form';\n"}},
      {"kubernetes",
       {"ID.yaml", "# RUN: %blastradius test %s\n# TODO: the risky object, and near misses.\napiVersion: v1\n"
                   "kind: ConfigMap\nmetadata:\n  name: todo\ndata:\n  # ruleid: ID\n  todo: the risky value\n"
                   "  # ok: ID\n  todo-safe: the safe value\n"}},
      {"cloudformation",
       {"ID.yaml", "# RUN: %blastradius test %s\n# TODO: the risky resource, and near misses.\n"
                   "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Risky:\n    Type: AWS::TODO::Resource\n"
                   "    Properties:\n      # ruleid: ID\n      Todo: the risky value\n  Safe:\n"
                   "    Type: AWS::TODO::Resource\n    Properties:\n      # ok: ID\n      Todo: the safe value\n"}},
      {"cloudformation-json",
       {"ID.json", "// RUN: %blastradius test %s\n{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n"
                   "  \"Resources\": {\n    \"Risky\": {\n      \"Type\": \"AWS::TODO::Resource\",\n"
                   "      // ruleid: ID\n      \"Properties\": {\"Todo\": \"the risky value\"}\n    },\n"
                   "    \"Safe\": {\n      \"Type\": \"AWS::TODO::Resource\",\n"
                   "      // ok: ID\n      \"Properties\": {\"Todo\": \"the safe value\"}\n    }\n  }\n}\n"}},
      {"github-actions",
       {"ID.yml", "# RUN: %blastradius test %s\n# TODO: the risky workflow, and near misses.\non: push\njobs:\n"
                  "  build:\n    runs-on: ubuntu-latest\n    steps:\n      # ruleid: ID\n"
                  "      - run: todo-the-risky-step\n      # ok: ID\n      - run: todo-the-safe-step\n"}},
      {"json",
       {"ID.json", "// RUN: %blastradius test %s\n{\n  // ruleid: ID\n  \"todo\": \"the risky value\",\n"
                   "  // ok: ID\n  \"todo-safe\": \"the safe value\"\n}\n"}},
      {"yaml",
       {"ID.yaml", "# RUN: %blastradius test %s\n# ruleid: ID\ntodo: the risky value\n# ok: ID\n"
                   "todo-safe: the safe value\n"}},
      {"dockerfile",
       {"ID.Dockerfile", "# RUN: %blastradius test %s\nFROM debian:12\n# ruleid: ID\nRUN todo-the-risky-command\n"
                         "# ok: ID\nRUN todo-the-safe-command\n"}},
  };
  auto It = Samples.find(Language);
  if (It == Samples.end())
    return {};
  return {replaceAll(It->second.first, "ID", Id), replaceAll(It->second.second, "ID", Id)};
}

const char *ReadmeTemplate = R"(# ID

TODO: one paragraph: what the rule catches, in the words of the engineer who reads the finding.

## Flagged

```
TODO: the smallest example that fires
```

## Why, and the safer form

TODO: what is destroyed or exposed, and how far it reaches (the blast radius). Then the rewrite:

**Safer:**

```
TODO: the safe form
```

## What exactly is reported

Reported: TODO: every form that fires.

Not reported: TODO: the near misses that stay silent (each is an `ok:` case in the sample).

## Suppressing

With a reason, on the line or the line above, in the file's comment syntax:

```
# blastradius-ignore[ID]: why this is safe here
```

## References

- TODO: the documentation of the setting or command
)";

const char *AnalyzerTemplate = R"(// TODO: what the ID analyser judges, and why it needs a model rather than a query
// (see docs/writing-rules.md: the value model, the Terraform evaluator for var.x, the IAM policy
// model, the shell command lines and dataflow, the SQL statement model).
#include "semantic/Analyzers.h"

namespace blastradius {

namespace {

constexpr std::string_view RuleId = "ID";

class CLASSAnalyzer final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "ID"; }
  std::string_view description() const override { return "TODO: one line for `blastradius rules`"; }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view FileLanguage) const override { return FileLanguage == "LANGUAGE"; }
  void analyze(SemanticContext &Context) const override {
    // TODO: judge the file's model and report, e.g.
    //   Context.report(RuleId, Node, "detail for {detail} in the message");
    (void)Context;
  }
};

} // namespace

const SemanticAnalyzer &FUNCTION() {
  static const CLASSAnalyzer Instance;
  return Instance;
}

} // namespace blastradius
)";

/// Inserts Line before the first occurrence of Anchor (after it when After); false if absent.
bool insertAt(std::string &Text, const std::string &Anchor, const std::string &Line, bool After) {
  size_t At = Text.find(Anchor);
  if (At == std::string::npos)
    return false;
  Text.insert(After ? At + Anchor.size() : At, Line);
  return true;
}

} // namespace

CommandRunner addNewRuleCommand(CLI::App &App) {
  struct Arguments {
    std::string Language, Id, SourceRoot;
    bool Semantic = false;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand(
      "new-rule", "Create a rule folder (rule.yaml, README.md, a sample; with --semantic its analyser too)");
  Command->add_option("language", Args->Language, "The rule's language (terraform, bash, sql, kubernetes ...)")
      ->required();
  Command->add_option("id", Args->Id, "The rule id: kebab-case, at least two words (terraform-public-bucket-acl)")
      ->required();
  Command->add_flag("--semantic", Args->Semantic, "A semantic rule: also write and register its C++ analyser");
  Command->add_option("--source-root", Args->SourceRoot,
                      "The blastradius source tree to write into (default: the one this binary was built from)");
  return [Args]() -> int {
    const std::string &Id = Args->Id, &Language = Args->Language;
    fs::path Root = Args->SourceRoot.empty() ? fs::path(defaultRulesDirectory()).parent_path() : fs::path(Args->SourceRoot);
    static const RE2 KebabId("[a-z][a-z0-9]*(-[a-z0-9]+)+");
    if (!RE2::FullMatch(Id, KebabId)) {
      std::cerr << "error: rule ids are kebab-case with at least two words, starting with a letter: '" << Id << "'\n";
      return ExitUsage;
    }
    if (Language == "cpp") {
      std::cerr << "error: C++ rules are clang-tidy checks: tools/new-check NAME\n";
      return ExitUsage;
    }
    auto [SampleName, SampleText] = sampleFor(Language, Id);
    if (!findLanguage(Language) || SampleName.empty()) {
      std::cerr << "error: unknown language '" << Language
                << "' (bash, cloudformation, cloudformation-json, dockerfile, github-actions, json, kubernetes, "
                   "python, sql, terraform, yaml)\n";
      return ExitUsage;
    }
    fs::path Rules = Root / "rules";
    std::error_code Error;
    if (!fs::is_directory(Rules, Error)) {
      std::cerr << "error: " << Rules.string() << " is not a rules directory (--source-root names the source tree)\n";
      return ExitUsage;
    }
    // The id is taken if any rule folder or flat rule file anywhere below rules/ has that name.
    for (fs::recursive_directory_iterator It(Rules, Error), End; !Error && It != End; It.increment(Error)) {
      bool Folder = It->is_directory(Error) && It->path().filename() == Id;
      bool Flat = It->is_regular_file(Error) && It->path().filename() == Id + ".yaml";
      if (Folder || Flat) {
        std::cerr << "error: rule '" << Id << "' exists: " << It->path().string() << "\n";
        return ExitUsage;
      }
    }
    fs::path Folder = Rules / Language / Id;

    // The semantic side: every file it edits is read and checked before anything is written.
    std::string Class = camel(Id, true), Function = camel(Id, false) + "Analyzer";
    fs::path AnalyzerFile = Root / "lib" / "semantic" / (Class + ".cpp");
    fs::path Declarations = Root / "lib" / "semantic" / "Analyzers.h";
    fs::path Registry = Root / "lib" / "semantic" / "Registry.cpp";
    fs::path CMakeLists = Root / "lib" / "CMakeLists.txt";
    std::string DeclarationsText, RegistryText, CMakeText;
    if (Args->Semantic) {
      if (fs::exists(AnalyzerFile, Error)) {
        std::cerr << "error: " << AnalyzerFile.string() << " exists\n";
        return ExitUsage;
      }
      std::string Declaration = "const SemanticAnalyzer &" + Function + "();";
      Declaration += std::string(Declaration.size() < 64 ? 64 - Declaration.size() : 1, ' ') + "// " + Class + ".cpp";
      bool Ok = readText(Declarations, DeclarationsText) && readText(Registry, RegistryText) &&
                readText(CMakeLists, CMakeText) &&
                insertAt(DeclarationsText, "\n\n} // namespace blastradius", "\n" + Declaration, false) &&
                insertAt(RegistryText, "\n  };\n  return All;", "\n      &" + Function + "(),", false) &&
                insertAt(CMakeText, "  semantic/Registry.cpp\n", "  semantic/" + Class + ".cpp\n", false);
      if (!Ok) {
        std::cerr << "error: cannot find where to register the analyser in lib/semantic/Analyzers.h, "
                     "lib/semantic/Registry.cpp or lib/CMakeLists.txt below "
                  << Root.string() << "\n";
        return ExitUsage;
      }
    }

    std::string RuleYaml = "id: " + Id + "\nlanguage: " + Language +
                           "\n# One of: destructive-operation, unguarded-migration, broad-permission,\n"
                           "# deletion-protection-off, untested-risky-branch, unreviewed-production-change.\n"
                           "family: destructive-operation\nseverity: warning\nprecision: high\n"
                           "message: \"TODO: one sentence naming the concrete risk\"\n";
    if (Args->Semantic)
      RuleYaml += "engine: semantic\nanalyzer: " + Id + "\n";
    RuleYaml += "cwe: []\nreferences: []\n"
                "# prefilter: [word]  # the words every finding needs in the file itself (docs/writing-rules.md)\n";
    std::vector<std::pair<fs::path, std::string>> Files = {
        {Folder / "rule.yaml", RuleYaml},
        {Folder / "README.md", replaceAll(ReadmeTemplate, "ID", Id)},
        {Folder / SampleName, SampleText},
    };
    if (!Args->Semantic)
      Files.push_back({Folder / (Id + ".scm"),
                       ";; TODO: the query; `blastradius dump-ast FILE` prints the tree to write it against.\n"
                       ";; Capture the reported node as @finding and helpers as @_name ({@_name} in the message "
                       "inserts its text).\n;; Shipped examples: rules/terraform/terraform-prevent-destroy-disabled/, "
                       "rules/github-actions/github-actions-write-all-permissions/.\n;; Until then this matches "
                       "nothing.\n((ERROR) @finding (#eq? @finding \"TODO: write the query\"))\n"});
    else {
      std::string Source = replaceAll(replaceAll(replaceAll(replaceAll(AnalyzerTemplate, "CLASS", Class), "FUNCTION",
                                                            Function),
                                                 "LANGUAGE", Language),
                                      "ID", Id);
      Files.push_back({AnalyzerFile, Source});
      Files.push_back({Declarations, DeclarationsText});
      Files.push_back({Registry, RegistryText});
      Files.push_back({CMakeLists, CMakeText});
    }
    for (const auto &[Path, Text] : Files)
      if (!writeText(Path, Text)) {
        std::cerr << "error: cannot write " << Path.string() << "\n";
        return ExitUsage;
      }
    for (const auto &[Path, Text] : Files)
      std::cout << (Path.parent_path() == Folder || Path.parent_path().parent_path() == Folder ? "created " : "")
                << (Path == AnalyzerFile ? "created " : "")
                << (Path == Declarations || Path == Registry || Path == CMakeLists ? "edited  " : "")
                << Path.lexically_relative(Root).string() << "\n";
    std::cout << "next: " << (Args->Semantic ? "write analyze() in " + AnalyzerFile.lexically_relative(Root).string() +
                                                   " and rebuild; "
                                             : "write the query in " + Id + ".scm; ")
              << "fill the sample and the README; then `blastradius test-rules "
              << fs::absolute(Folder).lexically_normal().lexically_relative(fs::current_path()).string()
              << "` (docs/writing-rules.md)\n";
    return ExitClean;
  };
}

} // namespace blastradius::tools
