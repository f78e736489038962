#include "CompileFlags.h"
#include "StringHelpers.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace fs = std::filesystem;

namespace blastradius {

namespace {

/// Options whose value may be the next argument.
const std::vector<std::string_view> &separateValueOptions() {
  static const std::vector<std::string_view> Options = {
      "-I",        "-isystem",   "-iquote",    "-idirafter",      "-isysroot",         "--sysroot", "-F",
      "-iframework", "-cxx-isystem", "-isystem-after", "-iwithsysroot", "--gcc-toolchain", "-D", "-U",
      "-include",  "-imacros",   "-x",         "-target",         "-arch",             "-std",      "--std",
      "-o",        "-MF",        "-MT",        "-MQ",             "-MJ",               "-Xclang",   "-Xpreprocessor",
      "-Xlinker",  "-Xassembler", "-mllvm",    "-include-pch",    "-serialize-diagnostics", "--serialize-diagnostics",
      "-ivfsoverlay", "-resource-dir", "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-main-file-name",
      "-header-include-file", "-stats-file", "-dependency-file", "-module-dependency-dir", "-fmodules-cache-path",
      "-fmodule-file", "-fmodule-map-file", "-fplugin", "-load", "-plugin", "-add-plugin", "-z", "-L", "-l",
      "-u", "-e", "-T", "-B", "--prefix", "--output", "-fprofile-use", "-fcrash-diagnostics-dir"};
  return Options;
}

/// Header search paths: they only change where the repository's own #include lines are looked up
/// (system headers live outside the repository: -isystem /usr/include/eigen3 is ordinary).
bool isSearchPath(std::string_view Name) {
  for (std::string_view Option : {"-I", "-isystem", "-iquote", "-idirafter", "-isysroot", "--sysroot", "-F",
                                  "-iframework", "-cxx-isystem", "-isystem-after", "-iwithsysroot",
                                  "--gcc-toolchain"})
    if (Name == Option)
      return true;
  return false;
}

/// -f flags that write files, load code, change the diagnostics' format or read other files.
bool dangerousF(std::string_view Flag) {
  std::string_view Name = Flag.substr(2);
  if (startsWith(Name, "no-"))
    Name.remove_prefix(3);
  for (std::string_view Prefix :
       {"modules", "module-", "implicit-module", "cxx-modules", "prebuilt-module", "plugin", "pass-plugin",
        "crash-diagnostics", "time-trace", "save-optimization-record", "profile", "diagnostics", "color-diagnostics",
        "show-", "caret-diagnostics", "message-length", "ansi-escape-codes", "depfile", "sanitize-ignorelist",
        "sanitize-blacklist", "sanitize-coverage", "xray", "embed-", "record-command-line", "coverage",
        "pch", "use-ld", "ld-path", "crash", "proc-stat-report", "dump", "experimental-", "debug-prefix-map",
        "file-prefix-map", "macro-prefix-map", "coverage-prefix-map", "include-", "dwarf", "split-dwarf",
        "verbose-asm", "emit-", "build-session-file", "apinotes", "system-module"})
    if (startsWith(Name, Prefix))
      return true;
  return Flag.find('/') != std::string_view::npos; // a path in a value: nothing a parse needs
}

/// Flags kept as they are (a whole argument, value included).
bool allowedJoined(std::string_view Flag) {
  if (startsWith(Flag, "-D") || startsWith(Flag, "-U") || startsWith(Flag, "-std=") || startsWith(Flag, "--std=") ||
      startsWith(Flag, "--target=") || startsWith(Flag, "-stdlib=") || startsWith(Flag, "--driver-mode=") ||
      startsWith(Flag, "-O") || startsWith(Flag, "-g") || startsWith(Flag, "-pedantic") ||
      (startsWith(Flag, "-x") && Flag.size() > 2))
    return true;
  if (startsWith(Flag, "-W"))
    return !startsWith(Flag, "-Wp,") && !startsWith(Flag, "-Wa,") && !startsWith(Flag, "-Wl,") &&
           Flag.find('/') == std::string_view::npos;
  if (startsWith(Flag, "-f"))
    return !dangerousF(Flag);
  if (startsWith(Flag, "-m"))
    return Flag.find('/') == std::string_view::npos && Flag != "-mllvm";
  for (std::string_view Exact : {"-w", "-ansi", "-pthread", "-nostdinc", "-nostdinc++", "-nostdlibinc",
                                 "-nobuiltininc", "-fsyntax-only", "-trigraphs", "-C", "-CC", "-P"})
    if (Flag == Exact)
      return true;
  return false;
}

/// Routine parts of a build command that never matter to a parse: dropped without a word.
bool routine(std::string_view Flag, std::string_view Value) {
  if (Flag == "-c" || Flag == "-o" || Flag == "-MD" || Flag == "-MMD" || Flag == "-MP" || Flag == "-MG")
    return true;
  return (Flag == "-MF" || Flag == "-MT" || Flag == "-MQ") && !Value.empty() && Value[0] != '/' &&
         Value.find("..") == std::string_view::npos;
}

/// Is Path (relative to Directory) a file inside SourceRoot, with no symlink on the way?
bool insideRoot(const std::string &Path, const std::string &Directory, const std::string &SourceRoot) {
  std::error_code Ec;
  fs::path Root = fs::weakly_canonical(SourceRoot, Ec);
  if (Ec)
    return false;
  fs::path Target = fs::path(Path).is_absolute() ? fs::path(Path) : fs::path(Directory) / Path;
  fs::path Real = fs::weakly_canonical(Target, Ec);
  if (Ec)
    return false;
  fs::path Inside = Real.lexically_relative(Root);
  return !Inside.empty() && *Inside.begin() != "..";
}

} // namespace

FilteredFlags filterCompileFlags(const std::vector<std::string> &Arguments, const std::string &Directory,
                                 const std::string &SourceRoot, const std::string &SourceFile) {
  FilteredFlags Out;
  std::error_code Ec;
  fs::path Source = fs::absolute(SourceFile, Ec).lexically_normal();
  auto IsSource = [&](const std::string &Argument) {
    fs::path P = fs::path(Argument).is_absolute() ? fs::path(Argument) : fs::path(Directory) / Argument;
    return P.lexically_normal() == Source;
  };
  for (size_t I = 0; I < Arguments.size(); ++I) {
    const std::string &Arg = Arguments[I];
    if (Arg.empty())
      continue;
    if (Arg[0] == '@') {
      Out.Dropped.push_back(Arg + " (response file)");
      continue;
    }
    if (Arg[0] != '-' || Arg == "-") {
      if (!IsSource(Arg))
        Out.Dropped.push_back(Arg + " (input)");
      continue;
    }
    if (Arg == "--") // what follows are inputs
      break;
    // The option and its value, whether joined (-Ipath, -std=c++17) or separate (-I path).
    std::string Name = Arg, Value;
    bool Separate = false;
    for (std::string_view Option : separateValueOptions()) {
      if (Arg == Option) {
        Separate = true;
        Value = I + 1 < Arguments.size() ? Arguments[I + 1] : "";
        break;
      }
    }
    if (Separate) {
      ++I;
      if (routine(Name, Value))
        continue;
      if (isSearchPath(Name) || Name == "-D" || Name == "-U" || Name == "-x" || Name == "-target" ||
          Name == "-arch" || Name == "-std" || Name == "--std" ||
          ((Name == "-include" || Name == "-imacros") && insideRoot(Value, Directory, SourceRoot))) {
        Out.Kept.push_back(Name);
        Out.Kept.push_back(Value);
      } else {
        Out.Dropped.push_back(Name + " " + Value);
      }
      continue;
    }
    if (routine(Arg, ""))
      continue;
    bool JoinedSearch = false;
    for (std::string_view Option : {"-I", "-isystem", "-iquote", "-idirafter", "-isysroot", "--sysroot=", "-F"})
      if (startsWith(Arg, Option) && Arg.size() > Option.size() && !(Option == "-F" && Arg.size() == 2))
        JoinedSearch = Option != "-F" || Arg.find('/') != std::string::npos;
    if (JoinedSearch || allowedJoined(Arg)) {
      Out.Kept.push_back(Arg);
      continue;
    }
    Out.Dropped.push_back(Arg);
  }
  return Out;
}

std::vector<std::string> splitCommandLine(const std::string &Command) {
  std::vector<std::string> Out;
  std::string Current;
  bool HasToken = false;
  char Quote = 0;
  for (size_t I = 0; I < Command.size(); ++I) {
    char C = Command[I];
    if (Quote == '\'') {
      if (C == '\'')
        Quote = 0;
      else
        Current += C;
      continue;
    }
    if (Quote == '"') {
      if (C == '"')
        Quote = 0;
      else if (C == '\\' && I + 1 < Command.size() && std::string_view("\"\\$`").find(Command[I + 1]) != std::string_view::npos)
        Current += Command[++I];
      else
        Current += C;
      continue;
    }
    if (C == '\'' || C == '"') {
      Quote = C;
      HasToken = true;
    } else if (C == '\\' && I + 1 < Command.size()) {
      Current += Command[++I];
      HasToken = true;
    } else if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      if (HasToken)
        Out.push_back(std::move(Current));
      Current.clear();
      HasToken = false;
    } else {
      Current += C;
      HasToken = true;
    }
  }
  if (HasToken)
    Out.push_back(std::move(Current));
  return Out;
}

} // namespace blastradius
