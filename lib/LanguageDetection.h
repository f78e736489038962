// Decides what a file is: by name and extension first, then by shebang, then by content
// (YAML and JSON dialects). Anything it cannot place gets a skip reason instead.
#ifndef BLASTRADIUS_LANGUAGEDETECTION_H
#define BLASTRADIUS_LANGUAGEDETECTION_H

#include <string>
#include <string_view>

namespace blastradius {

struct Detection {
  /// A language name from Languages.h, or empty when the file is skipped.
  std::string Language;
  /// Why the file is skipped, when Language is empty.
  std::string SkipReason;
  /// A stable key for the skip reason ("unknown-language"), used for counts and notification ids.
  std::string SkipKind;
};

/// RelativePath uses '/' separators; Content is the whole file.
Detection detectLanguage(std::string_view RelativePath, std::string_view Content);

/// Whether the bytes look binary (a NUL byte in the first 8 KiB, as git and grep decide).
bool looksBinary(std::string_view Content);

} // namespace blastradius

#endif
