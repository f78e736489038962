#include "SourceText.h"

#include <algorithm>

namespace blastradius {

SourceText::SourceText(std::string Text) : Content(std::move(Text)) {
  LineStarts.push_back(0);
  for (size_t I = 0; I < Content.size(); ++I)
    if (Content[I] == '\n')
      LineStarts.push_back(I + 1);
}

static bool isContinuationByte(unsigned char C) { return (C & 0xC0) == 0x80; }

Position SourceText::position(size_t Offset) const {
  Offset = std::min(Offset, Content.size());
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  size_t LineIndex = static_cast<size_t>(It - LineStarts.begin()) - 1;
  unsigned Column = 1;
  for (size_t I = LineStarts[LineIndex]; I < Offset; ++I)
    if (!isContinuationByte(static_cast<unsigned char>(Content[I])))
      ++Column;
  return {static_cast<unsigned>(LineIndex + 1), Column};
}

size_t SourceText::offset(Position Pos) const {
  if (Pos.Line == 0 || Pos.Line > LineStarts.size())
    return Content.size();
  std::string_view Text = line(Pos.Line);
  size_t Start = LineStarts[Pos.Line - 1];
  unsigned Column = 1;
  size_t I = 0;
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
