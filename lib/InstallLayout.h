// Where the files that ship with blastradius are, found relative to the binary that is running (the
// driver, or the clang-tidy plugin inside someone's clang-tidy): an installed or unpacked package
// works wherever it is put, and no build-tree path is compiled in.
//
//   installed:   PREFIX/bin/blastradius, PREFIX/lib/libBlastradiusTidyPlugin.so,
//                PREFIX/share/blastradius/{rules,docs}
//   build tree:  BUILD/tools/blastradius, BUILD/checks/libBlastradiusTidyPlugin.so,
//                BUILD/share/blastradius/rules (a link to the source tree's rules/, made by CMake)
#ifndef BLASTRADIUS_INSTALLLAYOUT_H
#define BLASTRADIUS_INSTALLLAYOUT_H

#include <string>
#include <vector>

namespace blastradius {

/// The directory of the binary this code runs in: the shared object for the plugin (dladdr), else
/// the executable (/proc/self/exe). Empty when neither can be read.
std::string ownBinaryDirectory();

/// The first of the paths (relative to ownBinaryDirectory()) that exists, as an absolute path, or
/// empty.
std::string findBesideBinary(const std::vector<std::string> &RelativeCandidates);

/// The shipped rules: $BLASTRADIUS_RULES_DIR, else ../share/blastradius/rules beside the binary.
/// Empty when none is found.
std::string shippedRulesDirectory();

/// The clang-tidy plugin beside the driver (installed: ../lib, build tree: ../checks), or empty.
std::string shippedTidyPlugin();

/// The clang-tidy this build was made for: clang-tidy-NN on PATH, else the configured path when it
/// exists, else empty.
std::string defaultClangTidy();

} // namespace blastradius

#endif
