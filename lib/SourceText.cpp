// The text of one analysed file with its line index and code-point checkpoints, built once when
// the file is read so that every finding's line and column (code points, as editors count them) is a
// binary search and at most one stride of bytes; and the UTF-8 check that decides the invalid-utf8 note.
#include "SourceText.h"

#include <algorithm>
#include <cstring>

namespace blastradius {

namespace {
constexpr uint64_t HighBits = 0x8080808080808080ULL;

uint64_t loadWord(const char *P) {
  uint64_t Word;
  std::memcpy(&Word, P, sizeof Word);
  return Word;
}

/// UTF-8 continuation bytes (10xxxxxx) in [Begin, End), eight bytes at a time: a byte's bit 6 shifted
/// into its bit 7 clears the high bit of every byte that is not one.
size_t continuationBytes(const char *Begin, const char *End) {
  size_t Count = 0;
  const char *P = Begin;
  for (; End - P >= 8; P += 8) {
    uint64_t Word = loadWord(P);
    if (Word & HighBits)
      Count += static_cast<size_t>(__builtin_popcountll(Word & ~(Word << 1) & HighBits));
  }
  for (; P < End; ++P)
    Count += (static_cast<unsigned char>(*P) & 0xC0) == 0x80;
  return Count;
}
} // namespace

SourceText::SourceText(std::string Text) : Content(std::move(Text)) {
  const char *Data = Content.data();
  const size_t Size = Content.size();
  LineStarts.push_back(0);
  for (const char *P = Data; (P = static_cast<const char *>(std::memchr(P, '\n', Size - (P - Data)))); ++P)
    LineStarts.push_back(static_cast<size_t>(P - Data) + 1);
  // A checkpoint at every Stride bytes, and one at the end when Size is a multiple of Stride.
  CodePointCheckpoints.reserve(Size / Stride + 1);
  size_t CodePoints = 0;
  for (size_t Block = 0; Block < Size; Block += Stride) {
    CodePointCheckpoints.push_back(CodePoints);
    size_t End = std::min(Block + Stride, Size);
    CodePoints += (End - Block) - continuationBytes(Data + Block, Data + End);
  }
  if (Size % Stride == 0)
    CodePointCheckpoints.push_back(CodePoints);
}

static bool isContinuationByte(unsigned char C) { return (C & 0xC0) == 0x80; }

size_t SourceText::codePointsBefore(size_t Offset) const {
  size_t Checkpoint = Offset / Stride;
  size_t Count = CodePointCheckpoints[Checkpoint];
  for (size_t I = Checkpoint * Stride; I < Offset; ++I)
    if (!isContinuationByte(static_cast<unsigned char>(Content[I])))
      ++Count;
  return Count;
}

Position SourceText::position(size_t Offset) const {
  Offset = std::min(Offset, Content.size());
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  size_t LineIndex = static_cast<size_t>(It - LineStarts.begin()) - 1;
  auto Column = static_cast<unsigned>(1 + codePointsBefore(Offset) - codePointsBefore(LineStarts[LineIndex]));
  return {static_cast<unsigned>(LineIndex + 1), Column};
}

size_t SourceText::offset(Position Pos) const {
  if (Pos.Line == 0 || Pos.Line > LineStarts.size())
    return Content.size();
  std::string_view Text = line(Pos.Line);
  size_t Start = LineStarts[Pos.Line - 1];
  unsigned Column = 1;
  size_t I = 0;
  // Jump to the last stride boundary of the line at or before the column (a binary search over
  // the checkpoints: a long line costs a logarithm and one stride, not its bytes). Stray
  // continuation bytes opening the line (invalid UTF-8) count as one column in the walk below.
  size_t StartCodePoints = codePointsBefore(Start);
  unsigned Stray = !Text.empty() && isContinuationByte(static_cast<unsigned char>(Text[0])) ? 1 : 0;
  auto First = CodePointCheckpoints.begin() + static_cast<std::ptrdiff_t>(Start / Stride + 1);
  auto Last = CodePointCheckpoints.begin() + static_cast<std::ptrdiff_t>((Start + Text.size()) / Stride + 1);
  if (First < Last && Pos.Column > 1 + Stray) {
    size_t Wanted = StartCodePoints + Pos.Column - 1 - Stray;
    auto After = std::upper_bound(First, Last, Wanted);
    if (After != First) {
      Column = static_cast<unsigned>(1 + Stray + *(After - 1) - StartCodePoints);
      I = static_cast<size_t>(After - CodePointCheckpoints.begin() - 1) * Stride - Start;
      // The boundary may fall inside a character already counted: its tail is no column.
      while (I < Text.size() && isContinuationByte(static_cast<unsigned char>(Text[I])))
        ++I;
    }
  }
  while (I < Text.size() && Column < Pos.Column) {
    ++I;
    while (I < Text.size() && isContinuationByte(static_cast<unsigned char>(Text[I])))
      ++I;
    ++Column;
  }
  return Start + I;
}

std::string_view SourceText::line(unsigned Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return {};
  size_t Start = LineStarts[Line - 1];
  size_t End = Line < LineStarts.size() ? LineStarts[Line] - 1 : Content.size();
  if (End > Start && Content[End - 1] == '\r')
    --End;
  return std::string_view(Content).substr(Start, End - Start);
}

size_t SourceText::firstInvalidUtf8() const {
  size_t Offset = std::string::npos;
  return isValidUtf8(Content, &Offset) ? std::string::npos : Offset;
}

bool isValidUtf8(std::string_view Text, size_t *ErrorOffset) {
  size_t I = 0;
  auto Fail = [&] {
    if (ErrorOffset)
      *ErrorOffset = I;
    return false;
  };
  while (I < Text.size()) {
    // Plain ASCII eight bytes at a time.
    if (Text.size() - I >= 8 && !(loadWord(Text.data() + I) & HighBits)) {
      I += 8;
      continue;
    }
    unsigned char C = static_cast<unsigned char>(Text[I]);
    size_t Length = C < 0x80 ? 1 : (C >> 5) == 0x6 ? 2 : (C >> 4) == 0xE ? 3 : (C >> 3) == 0x1E ? 4 : 0;
    if (Length == 0 || I + Length > Text.size())
      return Fail();
    uint32_t CodePoint = Length == 1 ? C : C & (0x7F >> Length);
    for (size_t K = 1; K < Length; ++K) {
      unsigned char Next = static_cast<unsigned char>(Text[I + K]);
      if (!isContinuationByte(Next))
        return Fail();
      CodePoint = (CodePoint << 6) | (Next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static const uint32_t Minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (CodePoint < Minimum[Length] || CodePoint > 0x10FFFF || (CodePoint >= 0xD800 && CodePoint <= 0xDFFF))
      return Fail();
    I += Length;
  }
  return true;
}

} // namespace blastradius
