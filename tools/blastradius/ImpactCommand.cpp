// `blastradius impact --base REV [--head REV] [PATH]`: what a change destroys, and nothing else (no
// per-file rules): the one-command local check before pushing, and the pull-request comment.
#include "Commands.h"

#include "Config.h"
#include "Git.h"
#include "ProjectPolicy.h"
#include "Process.h"
#include "RuleLoader.h"
#include "ScanPipeline.h"
#include "Writers.h"
#include "impact/ChangeImpact.h"
#include "impact/ImpactTree.h"
#include "impact/Revision.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace blastradius::tools {

namespace {

struct ImpactArguments {
  std::string Path = ".";
  std::string Base;
  std::string Head;
  std::string Format = "text";
  std::string Output;
  std::string FailOn = "warning";
  std::vector<std::string> RuleDirs;
  std::vector<std::string> TerraformPlans;
  std::vector<std::string> ChangeSets;
  std::string ConfigFile;
  bool NoConfig = false;
  uint64_t MaxFileSize = 4 * 1024 * 1024;
};

int runImpact(const ImpactArguments &Args) {
  std::optional<Level> FailOn = parseLevel(Args.FailOn, /*AllowNone=*/true);
  std::string Directory = std::filesystem::absolute(Args.Path).lexically_normal().string();
  std::string Top = gitTopLevel(std::filesystem::is_directory(Directory) ? Directory
                                                                        : std::filesystem::path(Directory).parent_path().string());
  if (Top.empty()) {
    std::cerr << "blastradius: error: impact needs a git work tree, and " << Args.Path << " is not in one\n";
    return ExitUsage;
  }
  std::string Error;
  std::string Base = impact::resolveCommit(Top, Args.Base, "--base", Error);
  std::string Head = Args.Head.empty() ? "" : impact::resolveCommit(Top, Args.Head, "--head", Error);
  if (Base.empty() || (!Args.Head.empty() && Head.empty())) {
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }
  // Like a pull request: the change is what the head adds since it left the base.
  ProcessResult MergeBase = runGit({"merge-base", Base, Head.empty() ? "HEAD" : Head}, Top);
  if (MergeBase.ExitCode != 0) {
    std::cerr << "blastradius: error: --base: '" << Args.Base << "' and the head have no common ancestor\n";
    return ExitUsage;
  }
  std::string Since = MergeBase.Stdout.substr(0, MergeBase.Stdout.find('\n'));

  RuleSet Rules;
  std::vector<std::string> Errors;
  if (!Rules.loadDirectories(ruleDirectories(true, Args.RuleDirs), Errors)) {
    for (const std::string &E : Errors)
      std::cerr << E << "\n";
    std::cerr << "blastradius: error: invalid rules\n";
    return ExitUsage;
  }
  std::optional<Config> Project;
  std::string ConfigPath = Args.ConfigFile;
  if (ConfigPath.empty() && !Args.NoConfig)
    ConfigPath = findConfig(std::filesystem::is_directory(Directory) ? Directory : Top, Top);
  if (!ConfigPath.empty()) {
    Project.emplace();
    if (loadConfig(ConfigPath, *Project, Errors))
      checkConfigAgainstRules(*Project, Rules, Errors);
    if (!Errors.empty()) {
      for (const std::string &E : Errors)
        std::cerr << E << "\n";
      std::cerr << "blastradius: error: invalid configuration\n";
      return ExitUsage;
    }
    applyRuleSelection(*Project, Rules);
  }
  Rules.removeIf([](const Rule &R) { return R.Family != "destroying-change"; });

  Report Result;
  Result.SourceRoot = Top;
  for (const auto &R : Rules.rules())
    Result.Rules.push_back(R.get());
  PostScanSteps Steps;
  Steps.Impact = impact::ImpactOptions{Top, {Directory}, Since, Head, Args.MaxFileSize, Args.TerraformPlans,
                                       Args.ChangeSets, false};
  Steps.Project = Project ? &*Project : nullptr;
  runPostScan(Steps, Rules, Result);

  std::string Heading = "'" + Args.Base + "'..." + (Args.Head.empty() ? "the work tree" : "'" + Args.Head + "'");
  OutputOptions Output;
  std::string Text = Args.Format == "sarif"      ? writeSarif(Result, Output)
                     : Args.Format == "json"     ? writeJson(Result, Output)
                     : Args.Format == "markdown" ? impact::writeImpactMarkdown(Result, Heading)
                                                 : impact::writeImpactTree(Result, Heading);
  if (Args.Output.empty() || Args.Output == "-") {
    std::cout << Text;
  } else {
    std::ofstream Out(Args.Output, std::ios::binary | std::ios::trunc);
    Out << Text;
    if (!Out) {
      std::cerr << "blastradius: error: cannot write " << Args.Output << "\n";
      return ExitUsage;
    }
  }
  for (const Finding &F : Result.Findings)
    if (findingFails(Project ? &*Project : nullptr, F, *FailOn))
      return ExitFindings;
  return ExitClean;
}

} // namespace

CommandRunner addImpactCommand(CLI::App &App) {
  auto Args = std::make_shared<ImpactArguments>();
  CLI::App *Impact = App.add_subcommand("impact", "What a change destroys: resources deleted or replaced, applied "
                                                  "migrations rewritten, and what depends on them");
  Impact->add_option("path", Args->Path, "A directory of the repository (default: the current one)");
  Impact->add_option("--base", Args->Base, "The revision the change starts from (its merge base is used)")->required();
  Impact->add_option("--head", Args->Head, "The revision of the change (default: the work tree)");
  Impact->add_option("--format,-f", Args->Format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json", "sarif"}))
      ->capture_default_str();
  Impact->add_option("--output,-o", Args->Output, "Write the report to this file instead of standard output");
  Impact->add_option("--fail-on", Args->FailOn, "Exit 1 when a finding at or above this level exists")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}))
      ->capture_default_str();
  Impact->add_option("--rules", Args->RuleDirs, "Extra rule directory (repeatable)");
  Impact->add_option("--terraform-plan", Args->TerraformPlans,
                     "The JSON of `terraform show -json PLAN` (repeatable; the plan wins over the diff)");
  Impact->add_option("--cloudformation-changeset", Args->ChangeSets,
                     "The JSON of `aws cloudformation describe-change-set` (repeatable)");
  Impact->add_option("--config", Args->ConfigFile, "Project configuration (default: .blastradius.yaml)")
      ->check(CLI::ExistingFile);
  Impact->add_flag("--no-config", Args->NoConfig, "Ignore .blastradius.yaml");
  Impact->add_option("--max-file-size", Args->MaxFileSize, "Skip files larger than this many bytes")
      ->capture_default_str();
  return [Args] { return runImpact(*Args); };
}

} // namespace blastradius::tools
