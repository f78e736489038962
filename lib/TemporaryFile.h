// A private temporary file for a tool's machine output (clang-tidy's --export-fixes): created with
// mkstemp (mode 0600, a name nobody can predict) in TMPDIR, removed when it goes out of scope. Never
// inside the scanned repository.
#ifndef BLASTRADIUS_TEMPORARYFILE_H
#define BLASTRADIUS_TEMPORARYFILE_H

#include <string>

namespace blastradius {

class TemporaryFile {
public:
  /// Creates the file; on failure path() is empty and error() says why.
  explicit TemporaryFile(const std::string &Prefix);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile &) = delete;
  TemporaryFile &operator=(const TemporaryFile &) = delete;

  const std::string &path() const { return Path; }
  const std::string &error() const { return Error; }
  /// The file's content now (at most MaxBytes; Truncated set when there was more).
  std::string read(size_t MaxBytes, bool &Truncated) const;

private:
  std::string Path;
  std::string Error;
};

} // namespace blastradius

#endif
