// Reading the scanned repository's files: a file the scan was given (readWholeFile, bounded by the
// size limit), and a file that a scanned file names (Terraform's `file("policy.json")`: only inside
// the source root, never through a symlink, never a device or FIFO, never beyond the size limit).
// The scanned repository is untrusted input.
#ifndef BLASTRADIUS_REPOSITORYFILES_H
#define BLASTRADIUS_REPOSITORYFILES_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace blastradius {

/// Reads at most MaxSize bytes; ErrorKind ("unreadable", "too-large") and Error say why when it
/// fails.
bool readWholeFile(const std::string &Path, uint64_t MaxSize, std::string &Content, std::string &ErrorKind,
                   std::string &Error);

/// Reads Relative (relative to FromFile's directory; Terraform's `${path.module}/` and `./` prefixes
/// are understood) when the result is a regular file inside SourceRoot reached without symlinks.
std::optional<std::string> readFileInsideRoot(const std::string &SourceRoot, const std::string &FromFile,
                                              std::string_view Relative, uint64_t MaxSize);

} // namespace blastradius

#endif
