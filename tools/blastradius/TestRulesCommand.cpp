// `blastradius test-rules DIR...`: checks rule folders as a whole, the shipped ones or a team's own:
// every rule.yaml against docs/rule.schema.json, every rule loaded (its README, query or analyser),
// and every annotated sample in the folders run (`ruleid:`/`ok:`, `todoruleid:`/`todook:`).
#include "Commands.h"

#include "RuleLoader.h"
#include "RuleSampleTest.h"
#include "RuleSchema.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace fs = std::filesystem;

namespace blastradius::tools {

namespace {

/// Every folder holding rule.yaml at or below Directory (iteratively; symlinks not followed).
std::vector<fs::path> ruleFolders(const fs::path &Directory) {
  std::vector<fs::path> Folders, Pending = {Directory};
  std::error_code Error;
  while (!Pending.empty()) {
    fs::path Current = Pending.back();
    Pending.pop_back();
    if (fs::is_regular_file(Current / "rule.yaml", Error)) {
      Folders.push_back(Current);
      continue;
    }
    for (fs::directory_iterator It(Current, Error), End; !Error && It != End; It.increment(Error))
      if (It->is_directory(Error) && !It->is_symlink(Error))
        Pending.push_back(It->path());
  }
  std::sort(Folders.begin(), Folders.end());
  return Folders;
}

/// A rule folder's samples: every file but rule.yaml, README.md, the query and Inputs/.
std::vector<fs::path> samplesOf(const fs::path &Folder) {
  std::vector<fs::path> Samples;
  std::error_code Error;
  fs::recursive_directory_iterator It(Folder, Error), End;
  for (; !Error && It != End; It.increment(Error)) {
    if (It->is_directory(Error)) {
      if (It->path().filename() == "Inputs")
        It.disable_recursion_pending();
      continue;
    }
    if (!It->is_regular_file(Error))
      continue;
    std::string Name = It->path().filename().string();
    if (It->path().parent_path() == Folder &&
        (Name == "rule.yaml" || Name == "README.md" || It->path().extension() == ".scm"))
      continue;
    Samples.push_back(It->path());
  }
  std::sort(Samples.begin(), Samples.end());
  return Samples;
}

bool isInside(const fs::path &Path, const fs::path &Directory) {
  std::error_code Error;
  fs::path A = fs::weakly_canonical(Path, Error), B = fs::weakly_canonical(Directory, Error);
  auto Mismatch = std::mismatch(B.begin(), B.end(), A.begin(), A.end());
  return Mismatch.first == B.end();
}

} // namespace

CommandRunner addTestRulesCommand(CLI::App &App) {
  struct Arguments {
    std::vector<std::string> Directories;
    std::string Schema;
    bool NoDefaultRules = false;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand(
      "test-rules", "Check rule folders: rule.yaml against docs/rule.schema.json, and every annotated sample");
  Command->add_option("directories", Args->Directories, "Rule folders, or directories holding them")
      ->required()
      ->check(CLI::ExistingDirectory);
  Command->add_option("--schema", Args->Schema, "The rule.yaml schema (default: the shipped docs/rule.schema.json)");
  Command->add_flag("--no-default-rules", Args->NoDefaultRules,
                    "Load only the rules of the given directories (samples may name only those)");
  return [Args]() -> int {
    std::string SchemaPath = Args->Schema.empty() ? defaultRuleSchemaPath() : Args->Schema;
    nlohmann::json Schema;
    {
      std::ifstream In(SchemaPath);
      Schema = nlohmann::json::parse(In, nullptr, /*allow_exceptions=*/false);
      if (!In || Schema.is_discarded() || !Schema.is_object()) {
        std::cerr << SchemaPath << ": error: cannot read the rule.yaml schema\n";
        return ExitUsage;
      }
    }

    // The shipped rules, plus every directory given that is not already among them.
    std::vector<std::string> Extra;
    for (const std::string &Directory : Args->Directories)
      if (Args->NoDefaultRules || !isInside(Directory, defaultRulesDirectory()))
        Extra.push_back(Directory);
    std::vector<std::string> Errors;
    for (const std::string &Directory : Args->Directories)
      for (const fs::path &Folder : ruleFolders(Directory)) {
        std::string File = (Folder / "rule.yaml").string();
        try {
          validateRuleDocument(Schema, YAML::LoadFile(File), File, Errors);
        } catch (const YAML::Exception &E) {
          Errors.push_back(File + ": error: invalid YAML: " + E.msg);
        }
      }
    RuleSet Rules;
    Rules.loadDirectories(ruleDirectories(!Args->NoDefaultRules, Extra), Errors);
    if (!Errors.empty()) {
      for (const std::string &Error : Errors)
        std::cerr << Error << "\n";
      return ExitFindings;
    }

    Engine Runner(Rules, ScanOptions());
    unsigned Folders = 0, Samples = 0, Failed = 0;
    for (const std::string &Directory : Args->Directories)
      for (const fs::path &Folder : ruleFolders(Directory)) {
        ++Folders;
        // The scaffold's placeholders: a rule is not written while its metadata or help says TODO.
        for (const char *Name : {"rule.yaml", "README.md"}) {
          std::ifstream In(Folder / Name);
          std::string Line;
          for (unsigned Number = 1; std::getline(In, Line); ++Number)
            if (Line.find("TODO") != std::string::npos) {
              std::cout << (Folder / Name).string() << ":" << Number << ": error: still a placeholder: " << Line
                        << "\n";
              ++Failed;
              break;
            }
        }
        std::vector<fs::path> FolderSamples = samplesOf(Folder);
        // Checks are tested in test/checks/ (clang-tidy's CHECK-MESSAGES), builtin rules by the
        // driver's own tests: only query and semantic rules must bring samples.
        const Rule *R = Rules.find(Folder.filename().string());
        bool NeedsSamples = !R || R->Engine == "tree-sitter" || R->Engine == "semantic";
        if (FolderSamples.empty() && NeedsSamples) {
          std::cout << Folder.string() << ": error: no samples (<id>.<ext> with 'ruleid:' and 'ok:' lines)\n";
          ++Failed;
        }
        for (const fs::path &Sample : FolderSamples) {
          ++Samples;
          Failed += testRuleSample(Runner, Rules, Sample.string(), std::cout) ? 0 : 1;
        }
      }
    std::cout << "test-rules: " << Folders << (Folders == 1 ? " rule folder, " : " rule folders, ") << Samples
              << (Samples == 1 ? " sample: " : " samples: ") << (Failed ? std::to_string(Failed) + " failed" : "all passed")
              << "\n";
    return Failed ? ExitFindings : ExitClean;
  };
}

} // namespace blastradius::tools
