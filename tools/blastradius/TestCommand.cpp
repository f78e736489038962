// `blastradius test SAMPLE...`: checks annotated rule samples (see lib/RuleSampleTest.h).
#include "Commands.h"

#include "RuleLoader.h"
#include "RuleSampleTest.h"

#include <iostream>
#include <memory>

namespace blastradius::tools {

CommandRunner addTestCommand(CLI::App &App) {
  struct Arguments {
    std::vector<std::string> Samples;
    std::vector<std::string> RuleDirs;
    bool NoDefaultRules = false;
  };
  auto Args = std::make_shared<Arguments>();
  CLI::App *Command = App.add_subcommand(
      "test", "Check annotated rule samples: the line after 'ruleid: ID' must fire, after 'ok: ID' must not");
  Command->add_option("samples", Args->Samples, "Sample files")->required()->check(CLI::ExistingFile);
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
    Engine Runner(Rules, ScanOptions());
    bool AllPassed = true;
    for (const std::string &Sample : Args->Samples)
      AllPassed &= testRuleSample(Runner, Rules, Sample, std::cout);
    return AllPassed ? ExitClean : ExitFindings;
  };
}

} // namespace blastradius::tools
