// The raw-text scan of LocalSources.h.
#include "terraform/LocalSources.h"

#include "WorkerThreads.h"
#include "terraform/ModuleCatalog.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace blastradius::terraform {

namespace {

enum class Decoded { NotLocal, Local, Unknown };

/// Whether a decoded value starts with ./ or ../, or may still come to (".", "..").
bool mayBeLocal(const std::string &Value) {
  if (Value.rfind("./", 0) == 0 || Value.rfind("../", 0) == 0)
    return true;
  return Value == "." || Value == "..";
}

/// Decodes the quoted string whose opening quote is at Text[Quote] the way the HCL model does
/// (model/Hcl.cpp: `\n`, `\t`, `\r`, any other `\c` is c; `$${` and `%%{` are `${` and `%{`), as far
/// as needed: NotLocal as soon as the value cannot start with ./ or ../. A string that may be local
/// but is interpolated, open at the end of its line, or longer than the budget left is Unknown.
Decoded decodeString(std::string_view Text, size_t Quote, std::string &Value, size_t &Budget) {
  Value.clear();
  for (size_t I = Quote + 1; I < Text.size(); ++I) {
    if (Budget == 0)
      return Decoded::Unknown;
    --Budget;
    char C = Text[I];
    if (C == '"')
      return Value.rfind("./", 0) == 0 || Value.rfind("../", 0) == 0 ? Decoded::Local : Decoded::NotLocal;
    if (C == '\n' || ((C == '$' || C == '%') && I + 1 < Text.size() && Text[I + 1] == '{'))
      return Value.empty() ? Decoded::NotLocal : Decoded::Unknown;
    if ((C == '$' || C == '%') && I + 2 < Text.size() && Text[I + 1] == C && Text[I + 2] == '{') {
      Value += C;
      ++I;
    } else if (C == '\\' && I + 1 < Text.size()) {
      char E = Text[++I];
      Value += E == 'n' ? '\n' : E == 't' ? '\t' : E == 'r' ? '\r' : E;
    } else {
      Value += C;
    }
    if (Value.size() <= 3 && !mayBeLocal(Value)) // past three characters a local start stays one
      return Decoded::NotLocal;
  }
  return Value.empty() ? Decoded::NotLocal : Decoded::Unknown; // open at the end of the text
}

/// Whether the line starting at Text[Begin] starts, after blanks, with ./ or ../ (a heredoc's value
/// is its raw lines: `<<-` strips their common indent).
bool lineStartsLocal(std::string_view Text, size_t Begin) {
  while (Begin < Text.size() && (Text[Begin] == ' ' || Text[Begin] == '\t'))
    ++Begin;
  std::string_view Rest = Text.substr(Begin, 3);
  return Rest.rfind("./", 0) == 0 || Rest.rfind("../", 0) == 0;
}

} // namespace

LocalSources localSources(std::string_view Text) {
  LocalSources Out;
  std::string Value;
  // Each string is decoded from every quote that may open it: bounded, a hostile line of `"./\"./\"`
  // ends as Unknown rather than quadratic.
  size_t Budget = 8 * Text.size() + 4096;
  // Line by line (no string spans a line in this reading), each found with memchr, and within a
  // line each quote: the scan runs before every Terraform scan, so it must cost next to nothing.
  const char *Data = Text.data();
  const size_t Size = Text.size();
  for (size_t Line = 0; Line < Size;) {
    if (lineStartsLocal(Text, Line)) {
      Out.Unknown = true;
      return Out;
    }
    const void *Newline = std::memchr(Data + Line, '\n', Size - Line);
    const size_t End = Newline ? static_cast<size_t>(static_cast<const char *>(Newline) - Data) : Size;
    for (size_t At = Line; At < End; ++At) {
      const void *Quote = std::memchr(Data + At, '"', End - At);
      if (!Quote)
        break;
      At = static_cast<size_t>(static_cast<const char *>(Quote) - Data);
      switch (decodeString(Text, At, Value, Budget)) {
      case Decoded::NotLocal:
        break;
      case Decoded::Unknown:
        Out.Unknown = true;
        return Out;
      case Decoded::Local:
        if (std::find(Out.Sources.begin(), Out.Sources.end(), Value) == Out.Sources.end())
          Out.Sources.push_back(Value);
        break;
      }
    }
    Line = End + 1;
  }
  return Out;
}

CalledDirectories calledDirectories(const std::vector<std::string> &Files, unsigned Jobs,
                                    const std::function<bool(const std::string &Path, std::string &Content)> &Read) {
  std::vector<std::vector<std::string>> Calls(Files.size());
  std::atomic<bool> Unknown{false};
  std::atomic<size_t> Next{0};
  runOnThreads(threadsFor(Jobs, Files.size()), [&] {
    for (size_t I; (I = Next++) < Files.size();) {
      std::string Content;
      if (!Read(Files[I], Content))
        continue;
      LocalSources Found = localSources(Content);
      if (Found.Unknown)
        Unknown = true;
      for (const std::string &Source : Found.Sources)
        Calls[I].push_back(moduleDirectory(Files[I], Source));
    }
  });
  CalledDirectories Out;
  Out.All = Unknown;
  for (std::vector<std::string> &Some : Calls)
    Out.Directories.insert(Out.Directories.end(), std::make_move_iterator(Some.begin()),
                           std::make_move_iterator(Some.end()));
  return Out;
}

} // namespace blastradius::terraform
