// URIs and UTF-16 columns for the language server.
#include "Text.h"
#include "StringHelpers.h"

#include <cctype>

namespace blastradius::lsp {

namespace {

/// The byte length of the UTF-8 sequence starting with Lead (1 for a stray byte), and the number
/// of UTF-16 units its code point takes.
size_t sequenceLength(unsigned char Lead) {
  if (Lead < 0x80)
    return 1;
  if ((Lead & 0xE0) == 0xC0)
    return 2;
  if ((Lead & 0xF0) == 0xE0)
    return 3;
  if ((Lead & 0xF8) == 0xF0)
    return 4;
  return 1;
}
} // namespace

std::optional<std::string> pathFromUri(std::string_view Uri) {
  constexpr std::string_view Scheme = "file://";
  if (Uri.size() < Scheme.size())
    return std::nullopt;
  for (size_t I = 0; I < Scheme.size(); ++I)
    if (std::tolower(static_cast<unsigned char>(Uri[I])) != Scheme[I])
      return std::nullopt;
  std::string_view Rest = Uri.substr(Scheme.size());
  // file://host/path: only the local host (empty or "localhost") is a path here.
  size_t Slash = Rest.find('/');
  if (Slash == std::string_view::npos)
    return std::nullopt;
  std::string_view Host = Rest.substr(0, Slash);
  if (!Host.empty() && Host != "localhost")
    return std::nullopt;
  std::string Path;
  for (size_t I = Slash; I < Rest.size(); ++I) {
    char C = Rest[I];
    if (C == '?' || C == '#')
      break;
    if (C == '%' && I + 2 < Rest.size() + 0 && hexDigitValue(Rest[I + 1]) >= 0 && hexDigitValue(Rest[I + 2]) >= 0) {
      Path.push_back(static_cast<char>(hexDigitValue(Rest[I + 1]) * 16 + hexDigitValue(Rest[I + 2])));
      I += 2;
      continue;
    }
    Path.push_back(C);
  }
  if (Path.find('\0') != std::string::npos)
    return std::nullopt;
  return Path;
}

std::string uriFromPath(std::string_view Path) {
  static const char *Hex = "0123456789ABCDEF";
  std::string Uri = "file://";
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '/' || C == '-' || C == '_' || C == '.' || C == '~') {
      Uri.push_back(static_cast<char>(C));
    } else {
      Uri.push_back('%');
      Uri.push_back(Hex[C >> 4]);
      Uri.push_back(Hex[C & 15]);
    }
  }
  return Uri;
}

LspPosition toLsp(const SourceText &Source, Position Pos) {
  LspPosition Out;
  Out.Line = Pos.Line > 0 ? Pos.Line - 1 : 0;
  if (Pos.Line == 0 || Pos.Line > Source.lineCount())
    return Out;
  std::string_view Line = Source.line(Pos.Line);
  unsigned CodePoints = 0;
  for (size_t I = 0; I < Line.size() && CodePoints + 1 < Pos.Column; ++CodePoints) {
    size_t Length = sequenceLength(static_cast<unsigned char>(Line[I]));
    Out.Character += Length == 4 ? 2 : 1;
    I += Length;
  }
  // A column past the end of the line (the end of a region that takes its newline) stays past it.
  if (CodePoints + 1 < Pos.Column)
    Out.Character += Pos.Column - 1 - CodePoints;
  return Out;
}

Position fromLsp(const SourceText &Source, LspPosition Pos) {
  Position Out;
  Out.Line = Pos.Line + 1;
  if (Out.Line > Source.lineCount())
    return Out;
  std::string_view Line = Source.line(Out.Line);
  unsigned Units = 0;
  for (size_t I = 0; I < Line.size() && Units < Pos.Character;) {
    size_t Length = sequenceLength(static_cast<unsigned char>(Line[I]));
    Units += Length == 4 ? 2 : 1;
    I += Length;
    ++Out.Column;
  }
  return Out;
}

} // namespace blastradius::lsp
