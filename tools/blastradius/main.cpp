// blastradius: finds the changes that take production down. See README.md.
#include "Commands.h"

#include "RuleLoader.h"

#include <iostream>

namespace blastradius::tools {

std::vector<std::string> ruleDirectories(bool WithDefaults, const std::vector<std::string> &Extra) {
  std::vector<std::string> Directories;
  if (WithDefaults)
    Directories.push_back(defaultRulesDirectory());
  Directories.insert(Directories.end(), Extra.begin(), Extra.end());
  return Directories;
}

} // namespace blastradius::tools

int main(int Argc, char **Argv) {
  using namespace blastradius::tools;
  CLI::App App{"blastradius: finds destructive operations, unguarded migrations, broad permissions and "
               "disabled deletion protection before they ship"};
  App.set_version_flag("--version", std::string("blastradius ") + BLASTRADIUS_VERSION);
  App.require_subcommand(1);
  std::vector<std::pair<CLI::App *, CommandRunner>> Commands;
  CommandRunner Scan = addScanCommand(App);
  CommandRunner Rules = addRulesCommand(App);
  CommandRunner Test = addTestCommand(App);
  CommandRunner TestRules = addTestRulesCommand(App);
  CommandRunner NewRule = addNewRuleCommand(App);
  CommandRunner DumpAst = addDumpAstCommand(App);
  CommandRunner DumpModel = addDumpModelCommand(App);
  CommandRunner DumpCoverage = addDumpCoverageCommand(App);
  CommandRunner Merge = addMergeCommand(App);
  CommandRunner ParseBench = addParseBenchCommand(App);
  CommandRunner Impact = addImpactCommand(App);
  try {
    App.parse(Argc, Argv);
  } catch (const CLI::ParseError &E) {
    int Status = App.exit(E);
    // CLI11 exits 0 for --help/--version; every real usage error is our status 2.
    return Status == 0 ? ExitClean : ExitUsage;
  }
  for (auto [Name, Runner] : {std::pair<const char *, CommandRunner *>{"scan", &Scan},
                              {"rules", &Rules},
                              {"test", &Test},
                              {"test-rules", &TestRules},
                              {"new-rule", &NewRule},
                              {"dump-ast", &DumpAst},
                              {"dump-model", &DumpModel},
                              {"dump-coverage", &DumpCoverage},
                              {"merge", &Merge},
                              {"parse-bench", &ParseBench},
                              {"impact", &Impact}})
    if (App.got_subcommand(Name))
      return (*Runner)();
  return ExitUsage;
}
