// `blastradius rules`: every rule with id, language, family and severity; `--explain ID` prints one
// rule's metadata and its help text (the rule folder's README.md, the same text SARIF carries).
#include "Commands.h"

#include "RuleLoader.h"
#include "Writers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>

namespace blastradius::tools {

CommandRunner addRulesCommand(CLI::App &App) {
  struct Arguments {
    std::string Format = "text";
    std::vector<std::string> RuleDirs;
    bool NoDefaultRules = false;
    std::string Explain;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand("rules", "List every rule (and clang-tidy check) that can fire");
  Command->add_option("--format,-f", Args->Format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  Command->add_option("--rules", Args->RuleDirs, "Extra rule directory (repeatable)");
  Command->add_flag("--no-default-rules", Args->NoDefaultRules, "Use only the rules of --rules directories");
  Command->add_option("--explain", Args->Explain, "Print one rule's metadata and help text (its README.md)");
  return [Args]() -> int {
    RuleSet Rules;
    std::vector<std::string> Errors;
    if (!Rules.loadDirectories(ruleDirectories(!Args->NoDefaultRules, Args->RuleDirs), Errors)) {
      for (const std::string &Error : Errors)
        std::cerr << Error << "\n";
      return ExitUsage;
    }
    if (!Args->Explain.empty()) {
      const Rule *R = Rules.find(Args->Explain);
      if (!R) {
        std::cerr << "error: no rule '" << Args->Explain << "' (`blastradius rules` lists them)\n";
        return ExitUsage;
      }
      std::string Languages;
      for (const std::string &L : R->Languages)
        Languages += (Languages.empty() ? "" : ", ") + L;
      std::cout << R->Id << ": " << R->Summary << "\n"
                << "  languages: " << Languages << "; family: " << R->Family
                << "; severity: " << levelName(R->DefaultLevel) << "; precision: " << R->Precision
                << "; engine: " << R->Engine << (R->AnalyzerName.empty() ? "" : " (" + R->AnalyzerName + ")") << "\n"
                << "  rule: " << R->SourceFile << "\n"
                << "  help: " << helpUri(*R) << "\n\n"
                << R->Help << (R->Help.empty() || R->Help.back() == '\n' ? "" : "\n");
      return ExitClean;
    }
    std::vector<const Rule *> Sorted;
    for (const auto &R : Rules.rules())
      Sorted.push_back(R.get());
    std::sort(Sorted.begin(), Sorted.end(), [](const Rule *A, const Rule *B) { return A->Id < B->Id; });
    if (Args->Format == "json") {
      nlohmann::ordered_json List = nlohmann::ordered_json::array();
      for (const Rule *R : Sorted)
        List.push_back({{"id", R->Id},
                        {"language", R->Language},
                        {"languages", R->Languages},
                        {"analyzer", R->AnalyzerName},
                        {"family", R->Family},
                        {"severity", levelName(R->DefaultLevel)},
                        {"precision", R->Precision},
                        {"engine", R->Engine},
                        {"message", R->Message},
                        {"helpUri", helpUri(*R)},
                        {"file", R->SourceFile}});
      std::cout << List.dump(2) << "\n";
      return ExitClean;
    }
    // The id column fits the longest id, so no id runs into the language column.
    size_t IdWidth = 4;
    for (const Rule *R : Sorted)
      IdWidth = std::max(IdWidth, R->Id.size() + 2);
    // Languages last: a semantic rule may run on several, and the list must not push columns.
    std::cout << std::left << std::setw(static_cast<int>(IdWidth)) << "ID" << std::setw(31) << "FAMILY"
              << std::setw(10) << "SEVERITY"
              << "LANGUAGES\n";
    for (const Rule *R : Sorted) {
      std::string Languages;
      for (const std::string &L : R->Languages)
        Languages += (Languages.empty() ? "" : ",") + L;
      std::cout << std::setw(static_cast<int>(IdWidth)) << R->Id << std::setw(31) << R->Family << std::setw(10)
                << levelName(R->DefaultLevel) << Languages << "\n";
    }
    return ExitClean;
  };
}

} // namespace blastradius::tools
