#include "ClangTidyRunner.h"

#include "CompileFlags.h"
#include "Process.h"
#include "TemporaryFile.h"
#include "TidyExport.h"
#include "branches/BranchMap.h"
#include "branches/RiskyBranches.h"

#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

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
  uint64_t Offset = 0;
  std::string Message;
};

/// The branch map of a TU's main file from the blastradius-branch-map diagnostics:
///   function name=NAME body=L:C-L:C
///   branch kind=KIND failure=0|1 condition-end=L:C body=L:C-L:C text=TEXT
/// (at the function's name or the branch's condition, whose byte offset clang-tidy exports; the
/// L:C pairs in the message count columns in bytes, as clang does).
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
      Br.ConditionBegin = std::min<size_t>(L.Offset, Source.content().size());
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

namespace {

/// One translation unit's compile command, from the repository: working directory and arguments
/// (the compiler itself left out), not yet filtered.
struct CompileCommand {
  std::string Directory;
  std::vector<std::string> Arguments;
  bool Found = false;
};

using CommandsByFile = std::map<std::string, CompileCommand>;

/// compile_commands.json in Directory, read once per scan (every TU looks its entry up).
std::shared_ptr<const CommandsByFile> compileDatabase(const std::string &Directory) {
  static std::mutex Mutex;
  static std::map<std::string, std::shared_ptr<const CommandsByFile>> Databases;
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto Found = Databases.find(Directory);
    if (Found != Databases.end())
      return Found->second;
  }
  auto Commands = std::make_shared<CommandsByFile>();
  std::ifstream In(fs::path(Directory) / "compile_commands.json", std::ios::binary);
  nlohmann::json Database = nlohmann::json::parse(In, nullptr, /*allow_exceptions=*/false);
  if (Database.is_array()) {
    for (const auto &Entry : Database) {
      if (!Entry.is_object() || !Entry.contains("file") || !Entry["file"].is_string())
        continue;
      CompileCommand Command;
      Command.Found = true;
      Command.Directory = Entry.contains("directory") && Entry["directory"].is_string()
                              ? Entry["directory"].get<std::string>()
                              : Directory;
      if (Entry.contains("arguments") && Entry["arguments"].is_array()) {
        for (const auto &Argument : Entry["arguments"])
          if (Argument.is_string())
            Command.Arguments.push_back(Argument.get<std::string>());
      } else if (Entry.contains("command") && Entry["command"].is_string()) {
        Command.Arguments = splitCommandLine(Entry["command"].get<std::string>());
      }
      if (!Command.Arguments.empty())
        Command.Arguments.erase(Command.Arguments.begin()); // the compiler
      fs::path File = Entry["file"].get<std::string>();
      if (File.is_relative())
        File = fs::path(Command.Directory) / File;
      Commands->emplace(File.lexically_normal().string(), std::move(Command));
    }
  }
  std::lock_guard<std::mutex> Lock(Mutex);
  return Databases.emplace(Directory, std::move(Commands)).first->second;
}

/// The command for File: from the database given with -p, else the nearest compile_commands.json
/// or compile_flags.txt between the file and the source root (as clang-tidy would look), else none.
CompileCommand compileCommandFor(const ClangTidyTask &Task, const std::string &SourceRoot) {
  std::string File = fs::absolute(Task.File.AbsolutePath).lexically_normal().string();
  if (!Task.CompileDatabaseDir.empty()) {
    auto Database = compileDatabase(Task.CompileDatabaseDir);
    auto Found = Database->find(File);
    return Found == Database->end() ? CompileCommand() : Found->second;
  }
  if (Task.UseDefaultFlags)
    return {};
  fs::path Directory = fs::path(File).parent_path();
  for (;;) {
    std::error_code Ec;
    if (fs::is_regular_file(Directory / "compile_commands.json", Ec)) {
      auto Database = compileDatabase(Directory.string());
      auto Found = Database->find(File);
      if (Found != Database->end())
        return Found->second;
    }
    if (fs::is_regular_file(Directory / "compile_flags.txt", Ec)) {
      CompileCommand Command;
      Command.Found = true;
      Command.Directory = Directory.string();
      std::ifstream In(Directory / "compile_flags.txt", std::ios::binary);
      std::string Line;
      while (std::getline(In, Line) && Command.Arguments.size() < 10000) {
        while (!Line.empty() && (Line.back() == '\r' || Line.back() == ' '))
          Line.pop_back();
        if (!Line.empty())
          Command.Arguments.push_back(Line);
      }
      return Command;
    }
    if (Directory.string().size() <= SourceRoot.size() || !Directory.has_parent_path() ||
        Directory == Directory.parent_path())
      return {};
    Directory = Directory.parent_path();
  }
}

/// What blastradius takes from the nearest .clang-tidy (between the file and the source root): the
/// blastradius checks' CheckOptions and the ExtraArgs (filtered like any other flag). The rest of
/// that file (UseColor, WarningsAsErrors, HeaderFilterRegex, Checks ...) would change what
/// clang-tidy prints and is replaced by the tool's own configuration.
struct TidyConfig {
  nlohmann::json CheckOptions = nlohmann::json::object();
  std::vector<std::string> ExtraArgsBefore, ExtraArgs;
};

TidyConfig repositoryTidyConfig(const std::string &File, const std::string &SourceRoot) {
  TidyConfig Out;
  fs::path Directory = fs::path(File).parent_path();
  for (;;) {
    std::error_code Ec;
    fs::path Path = Directory / ".clang-tidy";
    if (fs::is_regular_file(fs::symlink_status(Path, Ec)) && fs::file_size(Path, Ec) < 1024 * 1024 && !Ec) {
      try {
        YAML::Node Root = YAML::LoadFile(Path.string());
        auto Strings = [](const YAML::Node &List, std::vector<std::string> &Into) {
          if (List && List.IsSequence())
            for (const YAML::Node &Item : List)
              if (Item.IsScalar() && Into.size() < 1000)
                Into.push_back(Item.Scalar());
        };
        if (Root.IsMap()) {
          Strings(Root["ExtraArgsBefore"], Out.ExtraArgsBefore);
          Strings(Root["ExtraArgs"], Out.ExtraArgs);
          YAML::Node Options = Root["CheckOptions"];
          auto Take = [&](const YAML::Node &Key, const YAML::Node &Value) {
            if (Key.IsScalar() && Value.IsScalar() && Key.Scalar().rfind("blastradius-", 0) == 0)
              Out.CheckOptions[Key.Scalar()] = Value.Scalar();
          };
          if (Options && Options.IsMap())
            for (const auto &Pair : Options)
              Take(Pair.first, Pair.second);
          else if (Options && Options.IsSequence())
            for (const YAML::Node &Item : Options)
              if (Item.IsMap())
                Take(Item["key"], Item["value"]);
        }
      } catch (const std::exception &) {
        // Unreadable: clang-tidy would refuse it too; the tool's own configuration applies.
      }
      return Out;
    }
    if (Directory.string().size() <= SourceRoot.size() || !Directory.has_parent_path() ||
        Directory == Directory.parent_path())
      return Out;
    Directory = Directory.parent_path();
  }
}

/// Is Absolute (after symlinks) inside SourceRoot?
bool insideSourceRoot(const std::string &Absolute, const std::string &SourceRoot) {
  std::error_code Ec;
  fs::path Real = fs::weakly_canonical(Absolute, Ec);
  fs::path Root = fs::weakly_canonical(SourceRoot, Ec);
  if (Ec)
    return false;
  fs::path Inside = Real.lexically_relative(Root);
  return !Inside.empty() && *Inside.begin() != "..";
}

std::string firstLine(const std::string &Text) {
  std::string Line = Text.substr(0, Text.find('\n'));
  if (Line.size() > 300)
    Line = Line.substr(0, 300) + "...";
  return Line;
}

} // namespace

FileResult runClangTidy(const ClangTidyTask &Task, const ScanOptions &Options, const std::string &SourceRoot,
                        const RuleSet &Rules) {
  FileResult Result;
  // The repository's own clang-tidy configuration is not read by clang-tidy (an inline --config
  // replaces it): what it may set that concerns blastradius is taken over here, filtered.
  TidyConfig Repository = repositoryTidyConfig(Task.File.AbsolutePath, SourceRoot);
  nlohmann::json Config = {{"Checks", "-*,blastradius-*"}, {"WarningsAsErrors", ""},     {"UseColor", false},
                           {"SystemHeaders", false},       {"HeaderFilterRegex", "^" + escapeRegex(SourceRoot) + "/"},
                           {"FormatStyle", "none"}};
  if (!Repository.CheckOptions.empty())
    Config["CheckOptions"] = Repository.CheckOptions;
  std::vector<std::string> Command = {Options.ClangTidy,
                                      "--checks=-*,blastradius-*",
                                      "--config=" + Config.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                                      "--quiet",
                                      "--use-color=false",
                                      "--header-filter=^" + escapeRegex(SourceRoot) + "/",
                                      Task.File.AbsolutePath,
                                      "--"};
  // Machine output: the diagnostics with their notes, as YAML in a private temporary file.
  TemporaryFile Export("blastradius-tidy");
  if (Export.path().empty()) {
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed",
                                    Export.error() + ": its C++ findings are missing", Level::Error, true, {}});
    return Result;
  }
  Command.insert(Command.begin() + 1, "--export-fixes=" + Export.path());
  if (!Options.TidyChecksBuiltIn) // else blastradius-clang-tidy: the checks are built in
    Command.insert(Command.begin() + 1, "--load=" + Options.TidyPlugin);
  // Compile flags from the repository pass an allow-list; clang-tidy never reads a compilation
  // database itself (`--` gives it the filtered command).
  CompileCommand Compile = compileCommandFor(Task, SourceRoot);
  std::string WorkingDirectory = Compile.Found ? Compile.Directory : "";
  std::error_code DirectoryError;
  if (!WorkingDirectory.empty() && !fs::is_directory(WorkingDirectory, DirectoryError))
    WorkingDirectory = fs::path(Task.File.AbsolutePath).parent_path().string();
  std::vector<std::string> Arguments = Repository.ExtraArgsBefore;
  if (Compile.Found)
    Arguments.insert(Arguments.end(), Compile.Arguments.begin(), Compile.Arguments.end());
  else
    Arguments.push_back("-std=c++17");
  Arguments.insert(Arguments.end(), Repository.ExtraArgs.begin(), Repository.ExtraArgs.end());
  FilteredFlags Flags = filterCompileFlags(Arguments, WorkingDirectory.empty() ? SourceRoot : WorkingDirectory,
                                           SourceRoot, Task.File.AbsolutePath);
  Command.insert(Command.end(), Flags.Kept.begin(), Flags.Kept.end());
  if (!Flags.Dropped.empty()) {
    std::string List;
    for (size_t I = 0; I < Flags.Dropped.size() && I < 8; ++I)
      List += (I ? ", " : "") + Flags.Dropped[I];
    if (Flags.Dropped.size() > 8)
      List += " and " + std::to_string(Flags.Dropped.size() - 8) + " more";
    Result.Notifications.push_back({Task.File.RelativePath, "compile-flags-dropped",
                                    "compile flags from the repository that could write files, run code or read "
                                    "outside it were not passed to clang: " + List,
                                    Level::Warning, false, {}});
  }
  // With coverage, the driver-only check blastradius-branch-map reports the branch structure of the
  // main file (see checks/BranchMapCheck.h) for the untested-risky-branch join.
  std::vector<std::string> Environment;
  if (Options.CoverageFor)
    Environment.push_back("BLASTRADIUS_BRANCH_MAP=1");
  ProcessResult Run = runProcess(Command, WorkingDirectory, Environment, nullptr, Options.TidyTimeoutSeconds);
  if (!Run.StartError.empty()) {
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed", Run.StartError, Level::Error, true, {}});
    return Result;
  }
  if (Run.TimedOut) {
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-timeout",
                                    "clang-tidy ran longer than " + std::to_string(Options.TidyTimeoutSeconds) +
                                        " s on this translation unit and was stopped (--tidy-timeout): its C++ "
                                        "findings are missing",
                                    Level::Error, true, {}});
    return Result;
  }
  if (Run.ExitCode < 0) {
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed",
                                    "clang-tidy crashed on this translation unit (killed by a signal): its C++ "
                                    "findings are missing",
                                    Level::Error, true, {}});
    return Result;
  }
  Result.Analysed = true;

  // The diagnostics, from the --export-fixes YAML (clang-tidy writes it only when there is one).
  std::vector<TidyDiagnostic> Diagnostics;
  {
    bool Truncated = false;
    std::string Exported = Export.read(Options.MaxFileSize * 16 + (64u << 20), Truncated);
    std::string Error;
    if (Truncated)
      Error = "larger than the tool reads";
    if (Error.empty() && !parseTidyExport(Exported, Diagnostics, Error))
      Diagnostics.clear();
    if (!Error.empty()) {
      Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed",
                                      "clang-tidy's diagnostics for this translation unit could not be read (" +
                                          Error + "): its C++ findings are missing",
                                      Level::Error, true, {}});
      Result.Analysed = false;
      return Result;
    }
  }
  std::map<std::string, std::unique_ptr<SourceText>> Sources;
  auto SourceOf = [&](const std::string &Absolute) -> const SourceText & {
    auto &Source = Sources[Absolute];
    if (!Source) {
      std::string Content, ErrorKind, Error;
      readWholeFile(Absolute, Options.MaxFileSize, Content, ErrorKind, Error);
      Source = std::make_unique<SourceText>(std::move(Content));
    }
    return *Source;
  };
  const std::string MainFile = fs::absolute(Task.File.AbsolutePath).lexically_normal().string();
  std::map<std::string, std::vector<Finding>> PerFile;
  bool CompileErrorReported = false;
  std::vector<BranchLine> BranchLines;
  for (const TidyDiagnostic &D : Diagnostics) {
    std::string Absolute =
        D.Main.FilePath.empty() ? MainFile : fs::absolute(D.Main.FilePath).lexically_normal().string();
    bool Inside = insideSourceRoot(Absolute, SourceRoot);
    if (D.Level == "Error") {
      // The checks still ran on what clang could parse; say that the result may be partial. An
      // error in a file outside the repository is not quoted: its text could be anything.
      if (!CompileErrorReported) {
        std::optional<Position> At;
        if (Inside && !D.Main.FilePath.empty())
          At = SourceOf(Absolute).position(D.Main.FileOffset);
        Notification N{Inside ? relativeTo(SourceRoot, Absolute) : Task.File.RelativePath, "compile-error",
                       Inside ? "clang could not compile this file completely: " + D.Main.Message
                              : "clang could not compile this file completely (an error in a file outside the "
                                "repository)",
                       Level::Warning, false, At};
        Result.Notifications.push_back(N);
        CompileErrorReported = true;
      }
      continue;
    }
    if (D.Check == "blastradius-branch-map") {
      if (Absolute == MainFile)
        BranchLines.push_back({D.Main.FileOffset, D.Main.Message});
      continue;
    }
    const Rule *R = ruleFor(Rules, D.Check, D.Main.Message);
    if (!R || !Inside || D.Main.FilePath.empty())
      continue;
    const SourceText &Source = SourceOf(Absolute);
    Finding F;
    F.RuleId = R->Id;
    F.Path = relativeTo(SourceRoot, Absolute);
    F.Start = Source.position(std::min<size_t>(D.Main.FileOffset, Source.content().size()));
    F.End = F.Start;
    F.FindingLevel = R->DefaultLevel;
    F.Message = D.Main.Message;
    F.Snippet = std::string(Source.line(F.Start.Line));
    // The check's notes ("recreated here"): related locations, in the repository only.
    for (const TidyPlace &Note : D.Notes) {
      if (Note.FilePath.empty())
        continue;
      std::string NoteFile = fs::absolute(Note.FilePath).lexically_normal().string();
      if (!insideSourceRoot(NoteFile, SourceRoot))
        continue;
      const SourceText &NoteSource = SourceOf(NoteFile);
      RelatedLocation Related;
      Related.Start = NoteSource.position(std::min<size_t>(Note.FileOffset, NoteSource.content().size()));
      Related.End = Related.Start;
      Related.Message = Note.Message;
      if (NoteFile != Absolute)
        Related.Path = relativeTo(SourceRoot, NoteFile);
      F.Related.push_back(std::move(Related));
    }
    PerFile[Absolute].push_back(std::move(F));
  }
  if (Run.ExitCode != 0 && !CompileErrorReported) {
    // Not a compile error: clang-tidy itself failed (the plugin did not load, a bad option...).
    std::string Why = firstLine(Run.Stderr.empty() ? Run.Stdout : Run.Stderr);
    Result.Notifications.push_back({Task.File.RelativePath, "clang-tidy-failed",
                                    "clang-tidy failed on this translation unit (exit " +
                                        std::to_string(Run.ExitCode) + (Why.empty() ? "" : ": " + Why) +
                                        "): its C++ findings are missing",
                                    Level::Error, false, {}});
  }
  if (Options.CoverageFor && !BranchLines.empty()) {
    const SourceText &Source = SourceOf(MainFile);
    std::string Relative = relativeTo(SourceRoot, MainFile);
    BranchMap Map = branchMapFromDiagnostics(BranchLines, Source);
    std::vector<Finding> &Findings = PerFile[MainFile];
    std::vector<Finding> BranchFindings =
        judgeBranches({Relative, "cpp", Source, Map, Findings, Rules, Options.CoverageFor(Relative)});
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
