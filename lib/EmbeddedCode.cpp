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

namespace {

/// The elements of a JSON string array written in Text[Begin, End) (`["sh", "-c", "..."]`): for
/// each, the offsets of its content between the quotes, escapes left as written.
std::vector<std::pair<size_t, size_t>> jsonStringElements(std::string_view Text, size_t Begin, size_t End) {
  std::vector<std::pair<size_t, size_t>> Elements;
  for (size_t I = Begin; I < End; ++I) {
    if (Text[I] != '"')
      continue;
    size_t Start = I + 1, J = Start;
    while (J < End && Text[J] != '"')
      J += Text[J] == '\\' ? 2 : 1;
    if (J >= End)
      break;
    Elements.push_back({Start, J});
    I = J;
  }
  return Elements;
}

/// Shells whose `-c` argument is a script for the bash rules.
bool isShell(std::string_view Program) {
  size_t Slash = Program.rfind('/');
  if (Slash != std::string_view::npos)
    Program.remove_prefix(Slash + 1);
  return Program == "sh" || Program == "bash" || Program == "dash" || Program == "ash";
}

/// The script of an exec-form RUN that starts a shell with -c (`["sh", "-c", "..."]`,
/// `["/bin/bash", "-euo", "pipefail", "-c", "..."]`), as the offsets of that JSON string's content.
bool execFormShellScript(std::string_view Text, size_t Begin, size_t End, size_t &ScriptBegin, size_t &ScriptEnd) {
  std::vector<std::pair<size_t, size_t>> Elements = jsonStringElements(Text, Begin, End);
  if (Elements.size() < 3 || !isShell(Text.substr(Elements[0].first, Elements[0].second - Elements[0].first)))
    return false;
  for (size_t I = 1; I + 1 < Elements.size(); ++I) {
    std::string_view Option = Text.substr(Elements[I].first, Elements[I].second - Elements[I].first);
    if (Option.size() >= 2 && Option[0] == '-' && Option.back() == 'c') {
      ScriptBegin = Elements[I + 1].first;
      ScriptEnd = Elements[I + 1].second;
      return true;
    }
  }
  return false;
}

/// The heredoc delimiter after `<<` / `<<-` at Text[At] (quotes removed), and whether tabs are
/// stripped from its lines; "" when there is none.
std::string heredocDelimiter(std::string_view Text, size_t At, size_t End, bool &StripTabs) {
  size_t I = At + 2;
  StripTabs = I < End && Text[I] == '-';
  if (StripTabs)
    ++I;
  char Quote = I < End && (Text[I] == '"' || Text[I] == '\'') ? Text[I] : 0;
  if (Quote)
    ++I;
  size_t WordBegin = I;
  while (I < End && (std::isalnum(static_cast<unsigned char>(Text[I])) || Text[I] == '_' || Text[I] == '-'))
    ++I;
  return std::string(Text.substr(WordBegin, I - WordBegin));
}

/// The offset just past the heredoc terminator line that follows Line (the first line of the
/// body), or npos when it never comes (then `<<` was no heredoc: `echo "1<<2"`). BodyEnd receives
/// the offset where the terminator line starts.
size_t heredocEnd(std::string_view Text, size_t Line, const std::string &Delimiter, bool StripTabs, size_t &BodyEnd) {
  while (Line < Text.size()) {
    size_t NewLine = Text.find('\n', Line);
    size_t LineEnd = NewLine == std::string_view::npos ? Text.size() : NewLine;
    std::string_view Content = Text.substr(Line, LineEnd - Line);
    while (StripTabs && !Content.empty() && Content[0] == '\t')
      Content.remove_prefix(1);
    if (!Content.empty() && Content.back() == '\r')
      Content.remove_suffix(1);
    if (Content == Delimiter) {
      BodyEnd = Line;
      return LineEnd;
    }
    Line = LineEnd + 1;
  }
  return std::string_view::npos;
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
      size_t Heredoc = Text.substr(I, End - I).find("<<");
      bool StripTabs = false;
      std::string Delimiter =
          Heredoc == std::string_view::npos ? "" : heredocDelimiter(Text, I + Heredoc, End, StripTabs);
      if (ExecForm) {
        // Exec form runs no shell, unless it names one with -c.
        size_t ScriptBegin = 0, ScriptEnd = 0;
        if (execFormShellScript(Text, I, End, ScriptBegin, ScriptEnd))
          Regions.push_back({ScriptBegin, ScriptEnd, "bash", true});
      } else if (size_t BodyEnd = 0, After = Delimiter.empty() || End >= Text.size()
                                                 ? std::string_view::npos
                                                 : heredocEnd(Text, End + 1, Delimiter, StripTabs, BodyEnd);
                 After != std::string_view::npos) {
        if (Heredoc == 0) {
          // `RUN <<EOF`: the body is the script, unless a shebang names another interpreter.
          std::string_view FirstLine = Text.substr(End + 1, Text.find('\n', End + 1) - (End + 1));
          bool OtherInterpreter = FirstLine.substr(0, 2) == "#!" && FirstLine.find("sh") == std::string_view::npos;
          if (!OtherInterpreter && BodyEnd > End + 1)
            Regions.push_back({End + 1, BodyEnd, "bash"});
        } else {
          // `RUN cat <<EOF > /etc/x`: shell with a heredoc; the body is its data, parsed as such.
          Regions.push_back({I, After, "bash"});
        }
        End = After;
      } else if (I < End) {
        Regions.push_back({I, End, "bash"});
      }
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

namespace blastradius {

EmbeddedSnippet regionSnippet(std::string_view Host, const EmbeddedRegion &Region) {
  if (!Region.JsonEscaped)
    return verbatimSnippet(Host, Region.Begin, Region.End);
  EmbeddedSnippet Snippet;
  size_t End = std::min(Region.End, Host.size());
  for (size_t I = std::min(Region.Begin, End); I < End; ++I) {
    char C = Host[I];
    uint32_t At = static_cast<uint32_t>(I);
    if (C == '\\' && I + 1 < End) {
      char Escaped = Host[I + 1];
      char Decoded = Escaped == 'n' ? '\n' : Escaped == 't' ? '\t' : Escaped == 'r' ? '\r' : Escaped;
      if (Escaped != 'u') {
        C = Decoded;
        ++I;
      }
    }
    Snippet.Text.push_back(C);
    Snippet.HostOffsets.push_back(At);
  }
  Snippet.HostOffsets.push_back(static_cast<uint32_t>(End));
  return Snippet;
}

} // namespace blastradius
