// The text of one analysed file, with the line index every location needs.
#ifndef BLASTRADIUS_SOURCETEXT_H
#define BLASTRADIUS_SOURCETEXT_H

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

/// A 1-based line and a 1-based column counted in Unicode code points (SARIF's
/// "unicodeCodePoints" column kind; identical to bytes for ASCII).
struct Position {
  unsigned Line = 1;
  unsigned Column = 1;
};

class SourceText {
public:
  explicit SourceText(std::string Content);

  const std::string &content() const { return Content; }
  unsigned lineCount() const { return static_cast<unsigned>(LineStarts.size()); }
  Position position(size_t Offset) const;
  /// Byte offset of a 1-based line and code-point column (clamped to the line).
  size_t offset(Position Pos) const;
  /// The text of a 1-based line, without its line terminator.
  std::string_view line(unsigned Line) const;
  /// Where the first invalid UTF-8 sequence is, or npos when the text is valid.
  size_t firstInvalidUtf8() const;

private:
  /// Code points (bytes that are not UTF-8 continuation bytes) in Content[0, I * Stride): a
  /// column is a difference of two of these plus at most Stride bytes counted, so a position on a
  /// line of a megabyte costs the same as one on a short line.
  static constexpr size_t Stride = 256;
  size_t codePointsBefore(size_t Offset) const;

  std::string Content;
  std::vector<size_t> LineStarts;
  std::vector<size_t> CodePointCheckpoints;
};

/// Whether the bytes are valid UTF-8; on failure, ErrorOffset is where it breaks.
bool isValidUtf8(std::string_view Text, size_t *ErrorOffset = nullptr);

} // namespace blastradius

#endif
