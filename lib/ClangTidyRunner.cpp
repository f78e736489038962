#include "ClangTidyRunner.h"

#include "Process.h"
#include "branches/BranchMap.h"
#include "branches/RiskyBranches.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>

namespace fs = std::filesystem;

namespace blastradius {

bool readCompileDatabase(const std::string &Directory, std::set<std::string> &Files, std::string &Error) {
  fs::path Path = fs::path(Directory) / "compile_commands.json";
  std::error_code Exists;
  if (!fs::exists(Path, Exists)) {
    Error = "no compilation database: " + Path.string() +
            " does not exist. Generate one with CMake (-DCMAKE_EXPORT_COMPILE_COMMANDS=ON; it is written to the "
            "build directory) or with Bear for other build systems (`bear -- make`), then pass its directory "
            "with -p";
    return false;
  }
  std::ifstream In(Path);
  if (!In) {
    Error = Path.string() + ": cannot read the compilation database";
    return false;
  }
  nlohmann::json Database;
  try {
    In >> Database;
  } catch (const nlohmann::json::exception &E) {
    Error = Path.string() + ": invalid JSON: " + E.what();
    return false;
  }
  if (!Database.is_array()) {
    Error = Path.string() + ": a compilation database is a JSON array";
    return false;
  }
  for (const auto &Entry : Database) {
    if (!Entry.is_object() || !Entry.contains("file") || !Entry["file"].is_string())
      continue;
    fs::path File = Entry["file"].get<std::string>();
    if (File.is_relative() && Entry.contains("directory") && Entry["directory"].is_string())
      File = fs::path(Entry["directory"].get<std::string>()) / File;
    Files.insert(File.lexically_normal().string());
  }
  return true;
}

namespace {

std::string escapeRegex(const std::string &Text) { return RE2::QuoteMeta(Text); }

/// Converts clang's byte column into a code-point column on that line.
Position toPosition(const SourceText &Source, unsigned Line, unsigned ByteColumn) {
  if (Line == 0 || Line > Source.lineCount())
    return {Line, ByteColumn};
  size_t LineStart = Source.offset({Line, 1});
  return Source.position(LineStart + (ByteColumn > 0 ? ByteColumn - 1 : 0));
}

/// The rule a diagnostic of CheckName reports. The embedded-code checks (blastradius-embedded-shell,
/// -sql, -policy) report findings of the driver's own rules and name them at the end of the message,
/// "... (blastradius rule bash-terraform-destroy)": those findings belong to that rule, so that its
/// configuration, suppressions and baseline apply as they do in a shell script. A rule that this scan
/// has switched off (or does not load) drops the finding.
const Rule *ruleFor(const RuleSet &Rules, const std::string &CheckName, const std::string &Message) {
  const Rule *R = Rules.find(CheckName);
  if (!R || R->Engine != "clang-tidy")
    return nullptr;
  static const RE2 EmbeddedRule(R"( \(blastradius rule ([a-z0-9][a-z0-9-]*)\)$)");
  std::string EmbeddedId;
  if (RE2::PartialMatch(Message, EmbeddedRule, &EmbeddedId))
    return Rules.find(EmbeddedId);
  return R;
}

/// One diagnostic of blastradius-branch-map: where it is and what it says.
struct BranchLine {
  unsigned Line = 0, Column = 0;
  std::string Message;
};

/// The branch map of a TU's main file from the blastradius-branch-map diagnostics:
///   function name=NAME body=L:C-L:C
///   branch kind=KIND failure=0|1 condition-end=L:C body=L:C-L:C text=TEXT
/// (at the function's name or the branch's condition; columns in bytes, as clang counts).
BranchMap branchMapFromDiagnostics(const std::vector<BranchLine> &Lines, const SourceText &Source) {
  static const RE2 Function(R"(^function name=(\S*) body=(\d+):(\d+)-(\d+):(\d+)$)");
  static const RE2 Branch(
      R"(^branch kind=(\S+) failure=([01]) condition-end=(\d+):(\d+) body=(\d+):(\d+)-(\d+):(\d+) text=(.*)$)");
  auto Offset = [&](unsigned Line, unsigned Column) { return Source.offset(toPosition(Source, Line, Column)); };
  BranchMap Map;
  for (const BranchLine &L : Lines) {
    std::string Name, Kind, Failure, Text;
    unsigned A = 0, B = 0, C = 0, D = 0, E = 0, F = 0;
    if (RE2::FullMatch(L.Message, Function, &Name, &A, &B, &C, &D)) {
      Map.Functions.push_back({Name, Offset(A, B), Offset(C, D) + 1});
    } else if (RE2::FullMatch(L.Message, Branch, &Kind, &Failure, &A, &B, &C, &D, &E, &F, &Text)) {
      CodeBranch Br;
      Br.Kind = Kind;
      Br.Condition = Text;
      Br.HandlesFailure = Failure == "1";
      Br.ConditionBegin = Offset(L.Line, L.Column);
      Br.ConditionEnd = std::max(Br.ConditionBegin, Offset(A, B) + 1);
      Br.BodyBegin = Offset(C, D);
      Br.BodyEnd = std::max(Br.BodyBegin, Offset(E, F));
      Map.Branches.push_back(std::move(Br));
    }
  }
  // The innermost function around each branch.
  for (CodeBranch &Br : Map.Branches)
    for (size_t I = 0; I < Map.Functions.size(); ++I)
      if (Br.BodyBegin >= Map.Functions[I].Begin && Br.BodyBegin < Map.Functions[I].End &&
          (Br.Function < 0 || Map.Functions[I].Begin >= Map.Functions[Br.Function].Begin))
        Br.Function = static_cast<int>(I);
  return Map;
}

} // namespace

FileResult runClangTidy(const ClangTidyTask &Task, const ScanOptions &Options, const std::string &SourceRoot,
                        const RuleSet &Rules) {
  FileResult Result;
  std::vector<std::string> Command = {Options.ClangTidy, "--checks=-*,blastradius-*", "--quiet",
                                      "--header-filter=^" + escapeRegex(SourceRoot) + "/"};
  if (!Options.TidyPlugin.empty()) // else blastradius-clang-tidy: the checks are built in
    Command.insert(Command.begin() + 1, "--load=" + Options.TidyPlugin);
  if (!Task.CompileDatabaseDir.empty())
    Command.push_back("-p=" + Task.CompileDatabaseDir);
  Command.push_back(Task.File.AbsolutePath);
  if (Task.UseDefaultFlags) {
    Command.push_back("--");
    Command.push_back("-std=c++17");
  }
  // With coverage, the driver-only check blastradius-branch-map reports the branch structure of the
  // main file (see checks/BranchMapCheck.h) for the untested-risky-branch join.
  std::vector<std::string> Environment;
  if (Options.CoverageFor)
    Environment.push_back("BLASTRADIUS_BRANCH_MAP=1");
  ProcessResult Run = runProcess(Command, "", Environment);
  if (!Run.StartError.empty()) {
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed", Run.StartError, Level::Error, true, {}});
    return Result;
  }
  Result.Analysed = true;

  // path:line:col: level: message [check-name]
  static const RE2 Diagnostic(R"(^(.+?):(\d+):(\d+): (warning|error): (.*?)(?: \[([A-Za-z0-9_.,-]+)\])?$)");
  std::map<std::string, std::unique_ptr<SourceText>> Sources;
  std::map<std::string, std::vector<Finding>> PerFile;
  bool CompileErrorReported = false;
  std::vector<BranchLine> BranchLines;
  size_t Begin = 0;
  while (Begin < Run.Stdout.size()) {
    size_t End = Run.Stdout.find('\n', Begin);
    if (End == std::string::npos)
      End = Run.Stdout.size();
    std::string Line = Run.Stdout.substr(Begin, End - Begin);
    Begin = End + 1;
    std::string File, Kind, Message, Check;
    unsigned LineNumber = 0, Column = 0;
    if (!RE2::FullMatch(Line, Diagnostic, &File, &LineNumber, &Column, &Kind, &Message, &Check))
      continue;
    std::string Absolute = fs::absolute(File).lexically_normal().string();
    std::string Relative = relativeTo(SourceRoot, Absolute);
    if (Kind == "error") {
      // The checks still ran on what clang could parse; say that the result may be partial.
      if (!CompileErrorReported) {
        Notification N{Relative, "compile-error", "clang could not compile this file completely: " + Message,
                       Level::Warning, false, Position{LineNumber, Column}};
        Result.Notifications.push_back(N);
        CompileErrorReported = true;
      }
      continue;
    }
    if (Check == "blastradius-branch-map") {
      if (Absolute == fs::absolute(Task.File.AbsolutePath).lexically_normal().string())
        BranchLines.push_back({LineNumber, Column, Message});
      continue;
    }
    const Rule *R = ruleFor(Rules, Check, Message);
    if (!R)
      continue;
    auto &Source = Sources[Absolute];
    if (!Source) {
      std::string Content, ErrorKind, Error;
      readWholeFile(Absolute, Options.MaxFileSize, Content, ErrorKind, Error);
      Source = std::make_unique<SourceText>(std::move(Content));
    }
    Finding F;
    F.RuleId = R->Id;
    F.Path = Relative;
    F.Start = toPosition(*Source, LineNumber, Column);
    F.End = F.Start;
    F.FindingLevel = R->DefaultLevel;
    F.Message = Message;
    F.Snippet = std::string(Source->line(LineNumber));
    PerFile[Absolute].push_back(std::move(F));
  }
  if (Options.CoverageFor && !BranchLines.empty()) {
    std::string Absolute = fs::absolute(Task.File.AbsolutePath).lexically_normal().string();
    auto &Source = Sources[Absolute];
    if (!Source) {
      std::string Content, ErrorKind, Error;
      readWholeFile(Absolute, Options.MaxFileSize, Content, ErrorKind, Error);
      Source = std::make_unique<SourceText>(std::move(Content));
    }
    std::string Relative = relativeTo(SourceRoot, Absolute);
    BranchMap Map = branchMapFromDiagnostics(BranchLines, *Source);
    std::vector<Finding> &Findings = PerFile[Absolute];
    std::vector<Finding> BranchFindings =
        judgeBranches({Relative, "cpp", *Source, Map, Findings, Rules, Options.CoverageFor(Relative)});
    Findings.insert(Findings.end(), BranchFindings.begin(), BranchFindings.end());
  }
  for (auto &[Absolute, Findings] : PerFile) {
    finishFileFindings(Findings, *Sources[Absolute], relativeTo(SourceRoot, Absolute), "cpp", Rules,
                       Options.ReportUnusedSuppressions);
    Result.Findings.insert(Result.Findings.end(), Findings.begin(), Findings.end());
  }
  return Result;
}

} // namespace blastradius
