// `blastradius rules`: every rule with id, language, family and severity.
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
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand("rules", "List every rule (and clang-tidy check) that can fire");
  Command->add_option("--format,-f", Args->Format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  Command->add_option("--rules", Args->RuleDirs, "Extra rule directory (repeatable)");
  Command->add_flag("--no-default-rules", Args->NoDefaultRules, "Use only the rules of --rules directories");
  return [Args]() -> int {
    RuleSet Rules;
    std::vector<std::string> Errors;
    if (!Rules.loadDirectories(ruleDirectories(!Args->NoDefaultRules, Args->RuleDirs), Errors)) {
      for (const std::string &Error : Errors)
        std::cerr << Error << "\n";
      return ExitUsage;
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
    std::cout << std::left << std::setw(46) << "ID" << std::setw(16) << "LANGUAGE" << " " << std::setw(26) << "FAMILY"
              << "SEVERITY\n";
    for (const Rule *R : Sorted) {
      std::string Languages;
      for (const std::string &L : R->Languages)
        Languages += (Languages.empty() ? "" : ",") + L;
      std::cout << std::setw(46) << R->Id << std::setw(16) << Languages << " " << std::setw(26) << R->Family
                << levelName(R->DefaultLevel) << "\n";
    }
    return ExitClean;
  };
}

} // namespace blastradius::tools
