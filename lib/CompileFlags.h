// Compile flags from the scanned repository (compile_commands.json, compile_flags.txt, the
// ExtraArgs of a .clang-tidy) reach clang only through an allow-list of flag families that affect
// parsing: include search paths, macros, the language standard and dialect, warnings, target.
// Everything else is dropped: flags that write files (-MD -MF, -Wp,..., --serialize-diagnostics,
// -fmodules-cache-path, -header-include-file, -stats-file, -ftime-trace), load code (-fplugin,
// -Xclang), read files outside the repository (-include /etc/passwd), response files and inputs.
#ifndef BLASTRADIUS_COMPILEFLAGS_H
#define BLASTRADIUS_COMPILEFLAGS_H

#include <string>
#include <vector>

namespace blastradius {

struct FilteredFlags {
  std::vector<std::string> Kept;
  /// Dropped flags worth telling the user about (not the routine -c, -o OBJ, -MD, input file).
  std::vector<std::string> Dropped;
};

/// Filters the arguments of one compile command (without the compiler itself). Directory is the
/// command's working directory, SourceRoot the repository: a flag that names a file to read
/// (-include, -imacros) is kept only when that file is inside SourceRoot.
FilteredFlags filterCompileFlags(const std::vector<std::string> &Arguments, const std::string &Directory,
                                 const std::string &SourceRoot, const std::string &SourceFile);

/// Splits a compile_commands.json "command" string the way a POSIX shell would (quotes, backslashes).
std::vector<std::string> splitCommandLine(const std::string &Command);

} // namespace blastradius

#endif
