// `blastradius dump-coverage FILE... [--source-root DIR] [--coverage-prefix OLD[=NEW]]`: the merged
// coverage model as the scan would use it, one fact per line in a stable order, then the
// notifications. For tests of the parsers and for finding out why coverage does not map.
#include "Commands.h"

#include "Report.h"
#include "coverage/CoverageLoader.h"

#include <filesystem>
#include <iostream>
#include <memory>

namespace blastradius::tools {

namespace {

struct DumpCoverageArguments {
  std::vector<std::string> Files;
  std::string SourceRoot = ".";
  std::vector<std::string> Prefixes;
};

int runDumpCoverage(const DumpCoverageArguments &Args) {
  std::vector<coverage::PrefixRule> Prefixes;
  for (const std::string &Spec : Args.Prefixes) {
    coverage::PrefixRule Rule;
    std::string Error;
    if (!coverage::parsePrefixRule(Spec, Rule, Error)) {
      std::cerr << "blastradius: error: " << Error << "\n";
      return ExitUsage;
    }
    Prefixes.push_back(std::move(Rule));
  }
  std::error_code Ec;
  std::filesystem::path Root = std::filesystem::absolute(Args.SourceRoot, Ec).lexically_normal();
  if (Ec || !std::filesystem::is_directory(Root, Ec)) {
    std::cerr << "blastradius: error: --source-root " << Args.SourceRoot << " is not a directory\n";
    return ExitUsage;
  }
  std::string RootText = Root.string();
  while (RootText.size() > 1 && RootText.back() == '/')
    RootText.pop_back();
  // Without a scan, every regular file under the source root counts as scanned.
  coverage::CoverageLoader Loader(RootText, Prefixes, [&](const std::string &Relative) {
    std::error_code Ec;
    return std::filesystem::is_regular_file(std::filesystem::path(RootText) / Relative, Ec);
  });
  coverage::LoadedCoverage Loaded = Loader.load(Args.Files);
  for (const auto &[Path, File] : Loaded.Data.files()) {
    std::cout << "file " << Path << "\n";
    for (const auto &[Line, Hits] : File.Lines)
      std::cout << "  line " << Line << ": " << Hits << "\n";
    for (const coverage::BranchRecord &B : File.Branches) {
      std::cout << "  branch " << B.Line;
      if (B.Column)
        std::cout << ":" << B.Column;
      std::cout << " block " << B.Block << " branch " << B.Branch << ": ";
      if (!B.Taken)
        std::cout << "not evaluated";
      else if (B.Exact)
        std::cout << "taken " << *B.Taken;
      else
        std::cout << (*B.Taken ? "taken (count unknown)" : "not taken");
      std::cout << "\n";
    }
    for (const coverage::FunctionRecord &F : File.Functions) {
      std::cout << "  function " << F.Name << " line " << F.StartLine;
      if (F.EndLine)
        std::cout << "-" << F.EndLine;
      std::cout << ": " << F.Hits << "\n";
    }
  }
  for (const Notification &N : Loaded.Notifications) {
    std::cout << N.Path;
    if (N.Where)
      std::cout << ":" << N.Where->Line;
    std::cout << ": " << levelName(N.NotificationLevel) << ": " << N.Message << " [" << N.Kind << "]\n";
  }
  return ExitClean;
}

} // namespace

CommandRunner addDumpCoverageCommand(CLI::App &App) {
  auto Args = std::make_shared<DumpCoverageArguments>();
  CLI::App *Dump = App.add_subcommand("dump-coverage", "Print coverage files as the scan reads them (line hits, "
                                                       "branches, functions per repository path)");
  Dump->add_option("files", Args->Files, "LCOV, llvm-cov export JSON or Cobertura XML files")->required();
  Dump->add_option("--source-root", Args->SourceRoot, "The repository the paths map into (default: .)")
      ->capture_default_str();
  Dump->add_option("--coverage-prefix", Args->Prefixes, "OLD[=NEW]: rewrite a path prefix (repeatable)");
  return [Args] { return runDumpCoverage(*Args); };
}

} // namespace blastradius::tools
