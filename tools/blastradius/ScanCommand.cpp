// `blastradius scan [options] PATH...`: inventory, analysis, one report in text, JSON or SARIF.
#include "Commands.h"

#include "ChangedLines.h"
#include "Config.h"
#include "ProjectPolicy.h"
#include "Engine.h"
#include "InstallLayout.h"
#include "Inventory.h"
#include "ResultCache.h"
#include "RuleLoader.h"
#include "ScanPipeline.h"
#include "Writers.h"
#include "branches/RiskyBranches.h"
#include "coverage/CoverageLoader.h"
#include "impact/ChangeImpact.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <mutex>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <unistd.h>
#include <xxhash.h>
#include <iostream>
#include <memory>
#include <set>
#include <optional>
#include <thread>


namespace blastradius::tools {

namespace {

struct ScanArguments {
  std::vector<std::string> Paths;
  std::string Format = "text";
  std::string Output;
  unsigned Jobs = 0;
  std::vector<std::string> RuleDirs;
  bool NoDefaultRules = false;
  bool GuessCppFlags = false;
  bool NoPrefilter = false;
  std::string FailOn = "warning";
  std::string CompileDatabaseDir;
  std::string ClangTidy = defaultClangTidy();
  std::string TidyPlugin = shippedTidyPlugin();
  uint64_t MaxFileSize = 4 * 1024 * 1024;
  unsigned TidyTimeout = 300;
  std::string SourceRoot;
  std::string Category;
  bool ShowSuppressed = false;
  bool Verbose = false;
  std::string Shard;
  std::string CacheDir;
  std::vector<std::string> SuppressionFiles;
  std::string ConfigFile;
  bool NoConfig = false;
  bool ReportUnused = false;
  bool Quiet = false;
  bool Provenance = false;
  size_t MaxResults = 25000;
  size_t MaxCompressedBytes = 10 * 1000 * 1000;
  bool NoReportUnused = false;
  std::string DiffBase;
  std::string Baseline;
  bool ShowBaseline = false;
  std::vector<std::string> CoverageFiles;
  std::vector<std::string> CoveragePrefixes;
  std::vector<std::string> TerraformPlans;
  std::vector<std::string> ChangeSets;
  bool NoChangeImpact = false;
  bool SarifAbsent = false;
  std::string SarifOutput;
  std::string Color = "auto";
};

/// What every cached result depends on besides its own file: the tool's version, every rule as
/// loaded and configured (its files' text, its level) and the options that change results.
std::string cacheSetupKey(const RuleSet &Rules, const ScanOptions &Options, const std::string &SourceRoot) {
  auto ReadText = [](const std::filesystem::path &File) {
    std::ifstream In(File, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(In)), std::istreambuf_iterator<char>());
  };
  std::string Material = std::string("blastradius ") + BLASTRADIUS_VERSION + "\n";
  for (const auto &R : Rules.rules()) {
    // A rule folder's query is <id>.scm beside rule.yaml; a flat rule file's is <stem>.scm.
    std::filesystem::path Query = std::filesystem::path(R->SourceFile).filename() == "rule.yaml"
                                      ? std::filesystem::path(R->SourceFile).parent_path() / (R->Id + ".scm")
                                      : std::filesystem::path(R->SourceFile).replace_extension(".scm");
    Material += R->Id + '\0' + std::string(levelName(R->DefaultLevel)) + '\0' + contentHash(ReadText(R->SourceFile)) + '\0' +
                contentHash(ReadText(Query)) + '\n';
  }
  Material += "max-file-size " + std::to_string(Options.MaxFileSize) + "\n";
  // The root's own name can matter (a scanned folder named migrations/ makes its files migrations).
  Material += "source-root " + SourceRoot + "\n";
  Material += std::string("unused-suppressions ") + (Options.ReportUnusedSuppressions ? "on" : "off") + "\n";
  for (const std::string &VarFile : Options.TerraformVarFiles)
    Material += "var-file " + VarFile + "\n"; // their contents are part of each module's hash
  return contentHash(Material);
}

/// `--shard K/N`: keeps the files whose path hash falls in part K of N. The hash of the
/// repository-relative path is stable across machines, runs and inventory order, so N machines
/// each scanning one K cover every file exactly once.
bool keepShard(const std::string &Spec, Inventory &Files, std::string &Error) {
  unsigned K = 0, N = 0;
  char Slash = 0;
  std::istringstream In(Spec);
  if (!(In >> K >> Slash >> N) || Slash != '/' || !In.eof() || N == 0 || K == 0 || K > N) {
    Error = "--shard takes K/N with 1 <= K <= N, not '" + Spec + "'";
    return false;
  }
  auto Mine = [&](const std::string &Path) { return XXH3_64bits(Path.data(), Path.size()) % N == K - 1; };
  std::vector<InventoryEntry> Kept;
  for (InventoryEntry &Entry : Files.Files)
    if (Mine(Entry.RelativePath))
      Kept.push_back(std::move(Entry));
  Files.Files = std::move(Kept);
  std::vector<Notification> KeptNotes;
  for (Notification &Note : Files.Skipped)
    if (Mine(Note.Path))
      KeptNotes.push_back(std::move(Note));
  Files.Skipped = std::move(KeptNotes);
  return true;
}

/// A file's path with its directories' symlinks resolved, as git reports the work tree's top.
int runScan(const ScanArguments &Args) {
  std::time_t Started = std::time(nullptr);
  std::optional<Level> FailOn = parseLevel(Args.FailOn, /*AllowNone=*/true);
  if (!FailOn) {
    std::cerr << "blastradius: error: --fail-on takes error, warning, note or none\n";
    return ExitUsage;
  }

  const unsigned Jobs = Args.Jobs ? Args.Jobs : std::max(1u, std::thread::hardware_concurrency());
  // The rules load (their YAML: most of the start-up) while the inventory is built,
  // on Jobs threads; neither needs the other. With --jobs 1, one after the other.
  RuleSet Rules;
  if (!Args.NoDefaultRules) // the catalogue's queries compile for the languages the scan meets
    Rules.compileQueriesOnFirstUse(defaultRulesDirectory());
  std::vector<std::string> Errors;
  bool RulesValid = false;
  const std::vector<std::string> RuleDirs = ruleDirectories(!Args.NoDefaultRules, Args.RuleDirs);
  auto LoadRules = [&] { RulesValid = Rules.loadDirectories(RuleDirs, Errors, Jobs); };
  std::thread RuleLoading;
  // Joined on every way out (an early return, an exception): a running std::thread must not be destroyed.
  struct JoinOnExit {
    std::thread &Thread;
    ~JoinOnExit() {
      if (Thread.joinable())
        Thread.join();
    }
  } Joiner{RuleLoading};
  if (Jobs > 1)
    RuleLoading = std::thread(LoadRules);
  auto RulesLoaded = [&] {
    if (RuleLoading.joinable())
      RuleLoading.join();
    else if (Jobs == 1)
      LoadRules();
  };

  Inventory Files;
  std::string Error;
  if (!buildInventory(Args.Paths, Args.SourceRoot, Files, Error)) {
    RulesLoaded();
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }

  if (!Args.Shard.empty() && !keepShard(Args.Shard, Files, Error)) {
    RulesLoaded();
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }

  RulesLoaded();
  if (!RulesValid) {
    for (const std::string &Error : Errors)
      std::cerr << Error << "\n";
    std::cerr << "blastradius: error: invalid rules, nothing scanned\n";
    return ExitUsage;
  }
  if (Rules.rules().empty()) {
    std::cerr << "blastradius: error: no rules loaded (--no-default-rules needs at least one --rules directory "
                 "with rules in it), nothing scanned\n";
    return ExitUsage;
  }

  std::optional<Config> Project;
  ProjectConfigRequest ConfigRequest{Args.ConfigFile, Args.NoConfig, Args.Paths.front(), Files.SourceRoot,
                                     Args.SuppressionFiles};
  if (!loadProjectConfig(ConfigRequest, Rules, Project, Errors)) {
    for (const std::string &E : Errors)
      std::cerr << E << "\n";
    return ExitUsage;
  }

  std::vector<coverage::PrefixRule> Prefixes;
  for (const std::string &Spec : Args.CoveragePrefixes) {
    coverage::PrefixRule Rule;
    if (!coverage::parsePrefixRule(Spec, Rule, Error)) {
      std::cerr << "blastradius: error: " << Error << "\n";
      return ExitUsage;
    }
    Prefixes.push_back(std::move(Rule));
  }

  ChangedLines Changed;
  if (!Args.DiffBase.empty() && !restrictToChangedFiles(Args.DiffBase, Files, Changed, Error)) {
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }
  std::vector<Finding> Baseline;
  bool BaselineMissing = false;
  if (!Args.Baseline.empty() && !loadBaselineFile(Args.Baseline, Baseline, BaselineMissing, Error)) {
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }
  if (BaselineMissing)
    std::cerr << "blastradius: note: the baseline " << Args.Baseline
              << " does not exist yet (a first run?): scanning without it, every finding is reported\n";
  std::optional<coverage::LoadedCoverage> Coverage;
  if (!Args.CoverageFiles.empty())
    Coverage = loadScanCoverage(Files, Prefixes, Args.CoverageFiles);

  ScanOptions Options;
  if (Coverage)
    Options.CoverageFor = [&Data = Coverage->Data](const std::string &Path) -> LineHits {
      const coverage::FileCoverage *File = Data.file(Path);
      if (!File)
        return {};
      return [File](unsigned Line) { return File->lineHits(Line); };
    };
  Options.Jobs = Jobs;
  Options.MaxFileSize = Args.MaxFileSize;
  Options.TidyTimeoutSeconds = Args.TidyTimeout;
  Options.ClangTidy = Args.ClangTidy;
  Options.TidyChecksBuiltIn = Args.TidyPlugin == "none"; // the checks are built into --clang-tidy
  Options.TidyPlugin = Options.TidyChecksBuiltIn ? "" : Args.TidyPlugin;
  Options.CompileDatabaseDir = Args.CompileDatabaseDir;
  // Var files are named relative to the configuration file; the engine takes them relative to the root.
  if (Project)
    for (const std::string &VarFile : Project->TerraformVarFiles) {
      std::filesystem::path Base = std::filesystem::absolute(Project->Path).parent_path();
      std::filesystem::path Relative =
          (Base / VarFile).lexically_normal().lexically_relative(std::filesystem::path(Files.SourceRoot).lexically_normal());
      if (!Relative.empty() && *Relative.begin() != "..")
        Options.TerraformVarFiles.push_back(Relative.generic_string());
    }
  Options.GuessCppFlags = Args.GuessCppFlags;
  Options.Prefilter = !Args.NoPrefilter;
  for (const std::string &Path : Args.Paths) // a C++ file named on the command line is analysed
    if (std::filesystem::is_regular_file(Path))
      Options.CppFilesNamed.insert(std::filesystem::absolute(Path).lexically_normal().string());
  // On by default in CI (CI=true is set by GitHub Actions, GitLab CI and most others), where a
  // stale suppression should be cleaned up; off on a developer's machine unless asked.
  const char *InCi = std::getenv("CI");
  bool CiDefault = InCi && *InCi && std::string(InCi) != "false" && std::string(InCi) != "0";
  Options.ReportUnusedSuppressions = Args.ReportUnused || (CiDefault && !Args.NoReportUnused);
  if (!Args.CacheDir.empty()) {
    Options.CacheDirectory = Args.CacheDir;
    Options.CacheSetupKey = cacheSetupKey(Rules, Options, Files.SourceRoot);
    // Results depend on the coverage too (untested-risky-branch): its content is part of the key.
    for (const std::string &File : Args.CoverageFiles) {
      std::ifstream In(File, std::ios::binary);
      std::stringstream Bytes;
      Bytes << In.rdbuf();
      Options.CacheSetupKey += "\ncoverage:" + contentHash(Bytes.str());
    }
  }
  // A progress line on a terminal only: logs and pipes get nothing but the report.
  std::mutex ProgressMutex;
  auto LastDrawn = std::chrono::steady_clock::time_point();
  bool DrewProgress = false;
  if (isatty(STDERR_FILENO) && !Args.Quiet)
    Options.Progress = [&](size_t Done, size_t Total, size_t Found) {
      std::lock_guard<std::mutex> Lock(ProgressMutex);
      auto Now = std::chrono::steady_clock::now();
      if (Done != Total && Now - LastDrawn < std::chrono::milliseconds(100))
        return;
      LastDrawn = Now;
      DrewProgress = true;
      std::cerr << "\rblastradius: " << Done << "/" << Total << " files, " << Found << " findings" << std::flush;
    };
  Engine Scanner(Rules, Options);
  Report Result;
  if (!Scanner.scan(Files, Result, Error)) {
    std::cerr << "blastradius: error: " << Error << "\n";
    return ExitUsage;
  }

  if (DrewProgress)
    std::cerr << "\r\033[K" << std::flush; // the report replaces the progress line
  PostScanSteps Steps;
  Steps.Changed = Args.DiffBase.empty() ? nullptr : &Changed;
  if (!Args.NoChangeImpact && (!Args.DiffBase.empty() || !Args.TerraformPlans.empty() || !Args.ChangeSets.empty()))
    Steps.Impact = impact::ImpactOptions{Files.SourceRoot,     Args.Paths,       Changed.MergeBase,
                                         "",                   Args.MaxFileSize, Args.TerraformPlans,
                                         Args.ChangeSets,      Options.ReportUnusedSuppressions,
                                         Options.Jobs,         Args.DiffBase.empty() ? nullptr : &Changed.Paths};
  Steps.Project = Project ? &*Project : nullptr;
  Steps.Provenance = Args.Provenance;
  Steps.Coverage = Coverage ? &*Coverage : nullptr;
  Steps.Baseline = Args.Baseline.empty() || BaselineMissing ? nullptr : &Baseline;
  Steps.MissingBaseline = BaselineMissing ? Args.Baseline : "";
  runPostScan(Steps, Rules, Result);

  OutputOptions Output;
  Output.ShowBaseline = Args.ShowBaseline;
  Output.MaxResults = Args.MaxResults;
  Output.MaxCompressedBytes = Args.MaxCompressedBytes;
  Output.ShowSuppressed = Args.ShowSuppressed;
  Output.Verbose = Args.Verbose;
  Output.Category = Args.Category;
  Output.SarifAbsent = Args.SarifAbsent;
  Output.StartTime = Started;
  bool ToStdout = Args.Output.empty() || Args.Output == "-";
  // A terminal gets the source line, a caret and the rule's page, in colour unless NO_COLOR
  // (https://no-color.org) or --color never; --color always forces both (a pager with -R).
  const char *NoColor = std::getenv("NO_COLOR");
  bool Terminal = ToStdout && isatty(STDOUT_FILENO);
  Output.Rich = Args.Color == "always" || (Args.Color == "auto" && Terminal);
  Output.Color = Args.Color == "always" || (Args.Color == "auto" && Terminal && !(NoColor && *NoColor));
  // Run from inside the source root, text paths are relative to the current directory (terminal and
  // editor links work); from elsewhere they stay relative to the source root.
  std::error_code CwdError;
  std::filesystem::path Cwd = std::filesystem::current_path(CwdError);
  if (!CwdError) {
    std::string Relative = Cwd.lexically_relative(Result.SourceRoot).string();
    if (!Relative.empty() && Relative != "." && Relative.rfind("..", 0) != 0)
      Output.DisplayDirectory = Cwd.string();
  }
  std::string Text = Args.Format == "sarif"    ? writeSarif(Result, Output)
                     : Args.Format == "json"   ? writeJson(Result, Output)
                     : Args.Format == "github" ? writeGithub(Result, Output)
                     : Args.Format == "junit"  ? writeJunit(Result, Output)
                     : Args.Format == "gitlab-codequality" ? writeGitlabCodeQuality(Result, Output)
                     : Args.Format == "gitlab-sast"        ? writeGitlabSast(Result, Output)
                                                           : writeText(Result, Output);
  if (!Args.SarifOutput.empty()) {
    std::ofstream Sarif(Args.SarifOutput, std::ios::binary | std::ios::trunc);
    Sarif << writeSarif(Result, Output);
    if (!Sarif) {
      std::cerr << "blastradius: error: cannot write " << Args.SarifOutput << "\n";
      return ExitUsage;
    }
  }
  // GitHub's job summary: a table per family and tier, appended (other steps write there too).
  const char *StepSummary = std::getenv("GITHUB_STEP_SUMMARY");
  if (Args.Format == "github" && StepSummary && *StepSummary) {
    std::ofstream Summary(StepSummary, std::ios::binary | std::ios::app);
    Summary << writeGithubSummary(Result, Output);
    if (!Summary)
      std::cerr << "blastradius: warning: cannot append to GITHUB_STEP_SUMMARY (" << StepSummary << ")\n";
  }
  if (ToStdout) {
    std::cout << Text;
  } else {
    std::ofstream Out(Args.Output, std::ios::binary | std::ios::trunc);
    Out << Text;
    if (!Out) {
      std::cerr << "blastradius: error: cannot write " << Args.Output << "\n";
      return ExitUsage;
    }
    // The report went to a file: still say on the terminal what it holds (the text summary line).
    if (Args.Format != "text") {
      std::cerr << writeTextSummary(Result, Output);
    }
  }

  bool Fails = false;
  // With a baseline only new findings fail the build (that is what makes adoption possible), and
  // a tier may fail the build at a lower level than the rest of the repository.
  for (const Finding &F : Result.Findings)
    if (findingFails(Project ? &*Project : nullptr, F, *FailOn))
      Fails = true;
  // An error-level notification (a limit that cut an analysis short, a clang-tidy that failed)
  // means findings may be missing: the run fails as an error-level finding would (--fail-on none
  // switches that off too).
  for (const Notification &N : Result.Notifications)
    if (*FailOn != Level::None && N.NotificationLevel == Level::Error)
      Fails = true;
  return Fails ? ExitFindings : ExitClean;
}

} // namespace

CommandRunner addScanCommand(CLI::App &App) {
  auto Args = std::make_shared<ScanArguments>();
  CLI::App *Scan = App.add_subcommand("scan", "Scan files and directories (a git work tree: its tracked and "
                                              "untracked-but-not-ignored files)");
  Scan->add_option("paths", Args->Paths, "Files or directories to scan")->required();
  Scan->add_option("--format,-f", Args->Format, "Output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit", "gitlab-codequality", "gitlab-sast"}))
      ->capture_default_str();
  Scan->add_option("--output,-o", Args->Output, "Write the report to this file instead of standard output");
  Scan->add_option("--jobs,-j", Args->Jobs, "Worker threads (default: all cores)");
  Scan->add_option("--rules", Args->RuleDirs, "Extra rule directory (repeatable)");
  Scan->add_flag("--no-default-rules", Args->NoDefaultRules, "Use only the rules of --rules directories");
  Scan->add_option("--fail-on", Args->FailOn, "Exit 1 when a finding at or above this level exists")
      ->check(CLI::IsMember({"error", "warning", "note", "none"}))
      ->capture_default_str();
  Scan->add_option("-p,--compile-commands-dir", Args->CompileDatabaseDir,
                   "Directory of compile_commands.json: analyse its C++ translation units");
  Scan->add_flag("--cpp-guess-flags", Args->GuessCppFlags,
                 "Analyse C++ files that no compilation database covers with default flags (one clang-tidy per file)");
  Scan->add_flag("--no-prefilter", Args->NoPrefilter,
                 "Debugging: run every analyser on every file, even where none of a rule's literals occurs");
  Scan->add_option("--clang-tidy", Args->ClangTidy,
                   "clang-tidy binary for C++ (default: clang-tidy-NN on PATH, NN the LLVM version it was built for)");
  Scan->add_option("--tidy-plugin", Args->TidyPlugin,
                   "The blastradius clang-tidy plugin (default: the one installed beside the binary, "
                   "../lib/libBlastradiusTidyPlugin.so), or none when --clang-tidy has the checks built in "
                   "(blastradius-clang-tidy)");
  Scan->add_option("--tidy-timeout", Args->TidyTimeout,
                   "Stop clang-tidy on a translation unit after this many seconds (an error notification; 0: no "
                   "limit)")
      ->capture_default_str();
  Scan->add_option("--max-file-size", Args->MaxFileSize, "Skip files larger than this many bytes")
      ->capture_default_str();
  Scan->add_option("--source-root", Args->SourceRoot,
                   "Report paths relative to this directory (default: the git work tree's top)");
  Scan->add_option("--category", Args->Category, "SARIF automationDetails.id (a monorepo scanned in parts)");
  Scan->add_flag("--show-suppressed", Args->ShowSuppressed, "Text output: list suppressed findings too");
  Scan->add_flag("--verbose,-v", Args->Verbose, "Text output: list every skipped file and why");
  Scan->add_option("--shard", Args->Shard,
                   "K/N: scan only part K of N of the files (a stable partition by path hash); merge the N "
                   "SARIF logs with `blastradius merge`");
  Scan->add_option("--suppressions", Args->SuppressionFiles,
                   "A YAML file of 'suppressions:' entries (paths, rules, reason, expires), as in .blastradius.yaml "
                   "(repeatable)")
      ->check(CLI::ExistingFile);
  Scan->add_option("--cache", Args->CacheDir,
                   "Reuse per-file results from this directory while the file, its dependencies, the rules and "
                   "the options are unchanged (C++ is not cached)");
  Scan->add_option("--config", Args->ConfigFile,
                   "Project configuration (default: .blastradius.yaml found from the first path up to the "
                   "repository root)")
      ->check(CLI::ExistingFile);
  Scan->add_flag("--no-config", Args->NoConfig, "Ignore .blastradius.yaml");
  Scan->add_flag("--quiet,-q", Args->Quiet, "No progress line on a terminal");
  Scan->add_option("--max-sarif-results", Args->MaxResults,
                   "Cap SARIF results (errors kept first) for upload; 0: no cap (default: GitHub's 25000)")
      ->capture_default_str();
  Scan->add_option("--max-sarif-gzip-bytes", Args->MaxCompressedBytes,
                   "Cap SARIF so that it gzips to at most this many bytes; 0: no cap (default: GitHub's 10 MB)")
      ->capture_default_str();
  Scan->add_flag("--provenance", Args->Provenance,
                 "Blame each finding's line and mark findings from commits made with AI assistants (trailers "
                 "Co-authored-by/Assisted-by/Generated-by; patterns in .blastradius.yaml provenance:)");
  Scan->add_flag("--report-unused-suppressions", Args->ReportUnused,
                 "Report suppressions that suppress nothing (default: on when the CI environment variable is set)");
  Scan->add_flag("--no-report-unused-suppressions", Args->NoReportUnused, "Do not report unused suppressions");
  Scan->add_option("--diff-base", Args->DiffBase,
                   "Pull-request mode: scan only files changed since the merge base with this revision, and "
                   "report only findings on added or changed lines");
  Scan->add_option("--baseline", Args->Baseline,
                   "A SARIF log of an earlier scan: its findings are 'unchanged' (not shown in text, never fail "
                   "the build), others 'new', vanished ones 'absent'");
  // Not CLI::ExistingFile: a missing coverage file is a notification, never a failed scan.
  Scan->add_option("--coverage", Args->CoverageFiles,
                   "A coverage report (LCOV tracefile, `llvm-cov export` JSON or Cobertura XML, detected by content): "
                   "findings on lines the tests never ran are marked untested, others say how often they ran "
                   "(repeatable; hits add up)");
  Scan->add_option("--coverage-prefix", Args->CoveragePrefixes,
                   "OLD[=NEW]: rewrite coverage paths starting with the directory OLD (the build machine's "
                   "checkout) to NEW, relative to the source root when empty or relative (repeatable)");
  Scan->add_flag("--show-baseline", Args->ShowBaseline, "Text output: list findings the baseline already had");
  Scan->add_option("--terraform-plan", Args->TerraformPlans,
                   "The JSON of `terraform show -json PLAN` (or `tofu show -json`): report what it deletes or "
                   "replaces, on the resource blocks of the scanned files (repeatable; the plan wins over the diff)");
  Scan->add_option("--cloudformation-changeset", Args->ChangeSets,
                   "The JSON of `aws cloudformation describe-change-set`: report what it removes or replaces "
                   "(repeatable)");
  Scan->add_flag("--no-change-impact", Args->NoChangeImpact,
                 "With --diff-base: do not compare the base and head models (what the change destroys)");
  Scan->add_flag("--sarif-include-absent", Args->SarifAbsent,
                 "SARIF: also write the baseline's findings this scan no longer finds (baselineState absent; GitHub "
                 "code scanning would show them as open alerts)");
  Scan->add_option("--sarif-output", Args->SarifOutput,
                   "Also write the SARIF log to this file (with --format github: annotations and an upload from one "
                   "scan)");
  Scan->add_option("--color", Args->Color,
                   "Text output: colours, the source line with a caret and the rule's page (auto: on a terminal, "
                   "colours off with NO_COLOR)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  return [Args] { return runScan(*Args); };
}

} // namespace blastradius::tools
