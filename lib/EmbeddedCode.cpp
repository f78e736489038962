#include "EmbeddedCode.h"

#include <algorithm>
#include <cctype>

namespace blastradius {

std::string maskOutside(std::string_view Host, const std::vector<EmbeddedRegion> &Regions) {
  std::string Masked(Host.size(), ' ');
  for (size_t I = 0; I < Host.size(); ++I)
    if (Host[I] == '\n')
      Masked[I] = '\n';
  for (const EmbeddedRegion &Region : Regions)
    for (size_t I = Region.Begin; I < Region.End && I < Host.size(); ++I)
      Masked[I] = Host[I];
  return Masked;
}

namespace {

bool equalsIgnoreCase(std::string_view A, std::string_view B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (std::toupper(static_cast<unsigned char>(A[I])) != std::toupper(static_cast<unsigned char>(B[I])))
      return false;
  return true;
}

/// End of the logical line starting at Begin: physical lines ending in a backslash continue it.
/// Comment lines inside a continuation are dropped by Docker and harmless to the shell parser.
size_t logicalLineEnd(std::string_view Text, size_t Begin) {
  size_t I = Begin;
  while (I < Text.size()) {
    size_t NewLine = Text.find('\n', I);
    if (NewLine == std::string_view::npos)
      return Text.size();
    size_t Last = NewLine;
    while (Last > I && (Text[Last - 1] == ' ' || Text[Last - 1] == '\t' || Text[Last - 1] == '\r'))
      --Last;
    if (Last == I || Text[Last - 1] != '\\')
      return NewLine;
    I = NewLine + 1;
    // Docker drops comment lines inside a continuation; the instruction goes on after them.
    for (;;) {
      size_t First = I;
      while (First < Text.size() && (Text[First] == ' ' || Text[First] == '\t'))
        ++First;
      if (First >= Text.size() || Text[First] != '#')
        break;
      size_t CommentEnd = Text.find('\n', First);
      if (CommentEnd == std::string_view::npos)
        return Text.size();
      I = CommentEnd + 1;
    }
  }
  return Text.size();
}

} // namespace

std::vector<EmbeddedRegion> dockerfileRunBodies(std::string_view Text) {
  std::vector<EmbeddedRegion> Regions;
  size_t Line = 0;
  while (Line < Text.size()) {
    size_t End = logicalLineEnd(Text, Line);
    size_t I = Line;
    while (I < End && (Text[I] == ' ' || Text[I] == '\t'))
      ++I;
    size_t WordBegin = I;
    while (I < End && std::isalpha(static_cast<unsigned char>(Text[I])))
      ++I;
    if (equalsIgnoreCase(Text.substr(WordBegin, I - WordBegin), "RUN")) {
      // Skip RUN's own flags (--mount=..., --network=...).
      for (;;) {
        while (I < End && (Text[I] == ' ' || Text[I] == '\t'))
          ++I;
        if (Text.substr(I, 2) != "--")
          break;
        while (I < End && Text[I] != ' ' && Text[I] != '\t')
          ++I;
      }
      bool ExecForm = I < End && Text[I] == '[';
      bool Heredoc = Text.substr(I, 2) == "<<";
      if (!ExecForm && !Heredoc && I < End)
        Regions.push_back({I, End, "bash"});
    }
    Line = End + 1;
  }
  return Regions;
}

EmbeddedSnippet verbatimSnippet(std::string_view Host, size_t Begin, size_t End) {
  EmbeddedSnippet Snippet;
  End = std::min(End, Host.size());
  Begin = std::min(Begin, End);
  Snippet.Text.assign(Host.substr(Begin, End - Begin));
  Snippet.HostOffsets.reserve(Snippet.Text.size() + 1);
  for (size_t I = Begin; I <= End; ++I)
    Snippet.HostOffsets.push_back(static_cast<uint32_t>(I));
  return Snippet;
}

} // namespace blastradius
