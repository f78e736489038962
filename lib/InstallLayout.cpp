// Finds the shipped rules and the plugin relative to the running binary (see InstallLayout.h).
#include "InstallLayout.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#ifndef BLASTRADIUS_LLVM_MAJOR
#define BLASTRADIUS_LLVM_MAJOR "19"
#endif
#ifndef BLASTRADIUS_CONFIGURED_CLANG_TIDY
#define BLASTRADIUS_CONFIGURED_CLANG_TIDY ""
#endif

namespace fs = std::filesystem;

namespace blastradius {

std::string ownBinaryDirectory() {
  std::error_code Ec;
  fs::path Executable = fs::read_symlink("/proc/self/exe", Ec);
  // Inside a shared object (the plugin in clang-tidy), its own file, not clang-tidy's. For the main
  // program glibc reports argv[0] here, which may name a file of the current directory (a scanned
  // repository): only a shared object's name is taken.
  Dl_info Info{};
  if (dladdr(reinterpret_cast<void *>(&ownBinaryDirectory), &Info) && Info.dli_fname && *Info.dli_fname) {
    std::string Name = Info.dli_fname;
    bool SharedObject = Name.size() > 3 && (Name.compare(Name.size() - 3, 3, ".so") == 0 ||
                                            Name.find(".so.") != std::string::npos);
    fs::path Object = SharedObject ? fs::weakly_canonical(fs::absolute(Name, Ec), Ec) : fs::path();
    if (SharedObject && !Ec && fs::is_regular_file(Object, Ec) &&
        (Executable.empty() || !fs::equivalent(Object, Executable, Ec)))
      return Object.parent_path().string();
  }
  if (Executable.empty())
    return "";
  return fs::weakly_canonical(Executable, Ec).parent_path().string();
}

std::string findBesideBinary(const std::vector<std::string> &RelativeCandidates) {
  std::string Directory = ownBinaryDirectory();
  if (Directory.empty())
    return "";
  for (const std::string &Candidate : RelativeCandidates) {
    std::error_code Ec;
    fs::path Path = fs::path(Directory) / Candidate;
    if (fs::exists(Path, Ec))
      return fs::weakly_canonical(Path, Ec).string();
  }
  return "";
}

std::string shippedRulesDirectory() {
  if (const char *FromEnvironment = std::getenv("BLASTRADIUS_RULES_DIR"))
    return FromEnvironment;
  return findBesideBinary({"../share/blastradius/rules"});
}

std::string shippedTidyPlugin() {
  return findBesideBinary({"../lib/libBlastradiusTidyPlugin.so", "../checks/libBlastradiusTidyPlugin.so"});
}

std::string defaultClangTidy() {
  std::string Name = std::string("clang-tidy-") + BLASTRADIUS_LLVM_MAJOR;
  if (const char *Path = std::getenv("PATH")) {
    std::stringstream Directories(Path);
    std::string Directory;
    while (std::getline(Directories, Directory, ':')) {
      if (Directory.empty())
        continue;
      fs::path Candidate = fs::path(Directory) / Name;
      if (access(Candidate.c_str(), X_OK) == 0)
        return Candidate.string();
    }
  }
  std::error_code Ec;
  std::string Configured = BLASTRADIUS_CONFIGURED_CLANG_TIDY;
  if (!Configured.empty() && fs::exists(Configured, Ec))
    return Configured;
  return "";
}

} // namespace blastradius
