// The subcommands of the `blastradius` driver. Each registers its options on the CLI11 app and
// returns the process exit status from its run function.
#ifndef BLASTRADIUS_TOOLS_COMMANDS_H
#define BLASTRADIUS_TOOLS_COMMANDS_H

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace blastradius::tools {

/// Exit statuses, as CI systems read them.
enum ExitStatus { ExitClean = 0, ExitFindings = 1, ExitUsage = 2 };

using CommandRunner = std::function<int()>;

CommandRunner addScanCommand(CLI::App &App);
CommandRunner addRulesCommand(CLI::App &App);
CommandRunner addTestCommand(CLI::App &App);
CommandRunner addTestRulesCommand(CLI::App &App);
CommandRunner addNewRuleCommand(CLI::App &App);
CommandRunner addDumpAstCommand(CLI::App &App);
CommandRunner addDumpModelCommand(CLI::App &App);
CommandRunner addDumpCoverageCommand(CLI::App &App);
CommandRunner addMergeCommand(CLI::App &App);
CommandRunner addParseBenchCommand(CLI::App &App);
CommandRunner addImpactCommand(CLI::App &App);


/// Rule directories: the shipped rules (unless disabled) plus the extra ones.
std::vector<std::string> ruleDirectories(bool WithDefaults, const std::vector<std::string> &Extra);

} // namespace blastradius::tools

#endif
