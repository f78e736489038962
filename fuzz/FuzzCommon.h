// Shared by the libFuzzer targets: the built-in rules, loaded once per fuzzing process, and a
// scratch file for the loaders that read from a path. See docs/fuzzing.md.
#ifndef BLASTRADIUS_FUZZ_FUZZCOMMON_H
#define BLASTRADIUS_FUZZ_FUZZCOMMON_H

#include "RuleLoader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

namespace blastradius::fuzz {

inline const RuleSet &builtInRules() {
  static RuleSet *Rules = [] {
    auto *Loaded = new RuleSet;
    std::vector<std::string> Errors;
    if (!Loaded->loadDirectories({defaultRulesDirectory()}, Errors)) {
      for (const std::string &E : Errors)
        std::fprintf(stderr, "%s\n", E.c_str());
      std::abort(); // a fuzzer without its rules would test nothing
    }
    return Loaded;
  }();
  return *Rules;
}

/// Writes Bytes to a file private to this process and returns its path.
inline std::string scratchFile(const uint8_t *Data, size_t Size, const char *Suffix) {
  static const std::string Directory = [] {
    const char *Tmp = std::getenv("TMPDIR");
    return std::string(Tmp && *Tmp ? Tmp : "/tmp");
  }();
  std::string Path = Directory + "/blastradius-fuzz-" + std::to_string(getpid()) + Suffix;
  std::ofstream Out(Path, std::ios::binary | std::ios::trunc);
  Out.write(reinterpret_cast<const char *>(Data), static_cast<std::streamsize>(Size));
  return Path;
}

} // namespace blastradius::fuzz

#endif
