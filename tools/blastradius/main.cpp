// blastradius: finds the changes that take production down. See README.md.
#include "Commands.h"
#include "Suggest.h"

#include "RuleLoader.h"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <sstream>

namespace blastradius::tools {

std::vector<std::string> ruleDirectories(bool WithDefaults, const std::vector<std::string> &Extra) {
  std::vector<std::string> Directories;
  if (WithDefaults)
    Directories.push_back(defaultRulesDirectory());
  Directories.insert(Directories.end(), Extra.begin(), Extra.end());
  return Directories;
}

namespace {

std::vector<std::string> subcommandNames(const CLI::App &App) {
  std::vector<std::string> Names;
  for (const CLI::App *Sub : App.get_subcommands([](const CLI::App *) { return true; }))
    Names.push_back(Sub->get_name());
  return Names;
}

std::vector<std::string> flagNames(const CLI::App &Command) {
  std::vector<std::string> Names;
  for (const CLI::Option *Option : Command.get_options()) {
    for (const std::string &Long : Option->get_lnames())
      Names.push_back("--" + Long);
    for (const std::string &Short : Option->get_snames())
      Names.push_back("-" + Short);
  }
  return Names;
}

/// "did you mean" lines for the arguments CLI11 did not expect (mistyped flags). CLI11 names the
/// command the extras belong to and lists them after the colon of its message.
void suggestForExtras(CLI::App &App, const CLI::ExtrasError &E) {
  const CLI::App *Command = &App;
  for (const CLI::App *Sub : App.get_subcommands([](const CLI::App *) { return true; }))
    if (Sub->get_name() == E.get_name())
      Command = Sub;
  std::string Name = Command == &App ? "blastradius" : "blastradius " + Command->get_name();
  std::string Message = E.what();
  std::istringstream Extras(Message.substr(Message.find(": ") == std::string::npos ? 0 : Message.find(": ") + 2));
  bool Any = false;
  for (std::string Extra; Extras >> Extra;) {
    if (Extra.size() < 2 || Extra[0] != '-')
      continue;
    Any = true;
    std::string Flag = Extra.substr(0, Extra.find('='));
    std::string Closest = closestName(Flag, flagNames(*Command));
    std::cerr << Name << ": unknown option '" << Flag << "'";
    if (!Closest.empty())
      std::cerr << " (did you mean " << Closest << "?)";
    std::cerr << "; see '" << Name << " -h'\n";
  }
  if (!Any)
    std::cerr << Name << ": " << Message << "; see '" << Name << " -h'\n";
}

} // namespace

} // namespace blastradius::tools

int main(int Argc, char **Argv) {
  using namespace blastradius::tools;
  CLI::App App{"blastradius: finds destructive operations, unguarded migrations, broad permissions and "
               "disabled deletion protection before they ship"};
  App.name("blastradius"); // not argv[0]: the help reads the same wherever the binary is
  App.set_version_flag("-V,--version", std::string("blastradius ") + BLASTRADIUS_VERSION);
  App.require_subcommand(1);
  App.footer("Run 'blastradius help COMMAND' or 'blastradius COMMAND -h' for a command's options.");
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
  CommandRunner Lsp = addLspCommand(App);
  std::string HelpTopic;
  CLI::App *Help = App.add_subcommand("help", "Show the options of blastradius or of one command");
  Help->add_option("command", HelpTopic, "The command to describe");

  // An unknown first word is a mistyped command: say which one was probably meant.
  if (Argc > 1 && Argv[1][0] != '-') {
    std::vector<std::string> Names = subcommandNames(App);
    if (std::find(Names.begin(), Names.end(), Argv[1]) == Names.end()) {
      std::string Closest = closestName(Argv[1], Names);
      std::cerr << "blastradius: unknown command '" << Argv[1] << "'";
      if (!Closest.empty())
        std::cerr << " (did you mean " << Closest << "?)";
      std::cerr << "; see 'blastradius help'\n";
      return ExitUsage;
    }
  }
  try {
    App.parse(Argc, Argv);
  } catch (const CLI::ExtrasError &E) {
    suggestForExtras(App, E);
    return ExitUsage;
  } catch (const CLI::ParseError &E) {
    int Status = App.exit(E);
    // CLI11 exits 0 for --help/--version; every real usage error is our status 2.
    return Status == 0 ? ExitClean : ExitUsage;
  }
  if (Help->parsed()) {
    // App.help() would describe the selected subcommand (`help` itself): format directly.
    if (HelpTopic.empty()) {
      std::cout << App.get_formatter()->make_help(&App, "blastradius", CLI::AppFormatMode::Normal);
      return ExitClean;
    }
    for (CLI::App *Sub : App.get_subcommands([](const CLI::App *) { return true; }))
      if (Sub->get_name() == HelpTopic && Sub != Help) {
        std::cout << Sub->get_formatter()->make_help(Sub, "blastradius " + HelpTopic, CLI::AppFormatMode::Normal);
        return ExitClean;
      }
    std::string Closest = closestName(HelpTopic, subcommandNames(App));
    std::cerr << "blastradius: unknown command '" << HelpTopic << "'"
              << (Closest.empty() ? "" : " (did you mean " + Closest + "?)") << "\n";
    return ExitUsage;
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
                              {"impact", &Impact},

                              {"lsp", &Lsp}})
    if (App.got_subcommand(Name))
      return (*Runner)();
  return ExitUsage;
}
