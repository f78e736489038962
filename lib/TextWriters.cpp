// Text (compiler style) and JSON output.
#include "Writers.h"

#include "SourceText.h"
#include "StringHelpers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace blastradius {

std::string escapeControl(const std::string &Text) {
  std::string Out;
  Out.reserve(Text.size());
  std::string_view View(Text);
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned char C = static_cast<unsigned char>(Text[I]);
    char Buffer[8];
    if (C >= 0x80) {
      // A valid UTF-8 sequence is kept, except C1 controls (U+0080..U+009F: 0xC2 0x80..0x9F). A
      // byte that starts none is escaped too: a lone 0x9B is CSI on an 8-bit terminal, and the
      // escape keeps the text output valid UTF-8.
      size_t Length = (C >> 5) == 0x6 ? 2 : (C >> 4) == 0xE ? 3 : (C >> 3) == 0x1E ? 4 : 0;
      if (Length == 0 || I + Length > Text.size() || !isValidUtf8(View.substr(I, Length))) {
        std::snprintf(Buffer, sizeof(Buffer), "\\x%02x", C);
        Out += Buffer;
      } else if (C == 0xC2 && static_cast<unsigned char>(Text[I + 1]) < 0xA0) {
        std::snprintf(Buffer, sizeof(Buffer), "\\u%04x", static_cast<unsigned char>(Text[I + 1]));
        Out += Buffer;
        I += 1;
      } else {
        Out.append(Text, I, Length);
        I += Length - 1;
      }
    } else if (C >= 0x20 && C != 0x7F) {
      Out += static_cast<char>(C);
    } else if (C == '\n') {
      Out += "\\n";
    } else if (C == '\r') {
      Out += "\\r";
    } else if (C == '\t') {
      Out += "\\t";
    } else {
      std::snprintf(Buffer, sizeof(Buffer), "\\x%02x", C);
      Out += Buffer;
    }
  }
  return Out;
}

bool findingShown(const Finding &F, const OutputOptions &Options) {
  if (F.Suppressed)
    return false;
  return F.BaselineState != "unchanged" || Options.ShowBaseline;
}

namespace {

/// ANSI SGR sequences, or nothing when colour is off.
struct Palette {
  bool On;
  const char *level(Level L) const {
    if (!On)
      return "";
    return L == Level::Error ? "\033[1;31m" : L == Level::Warning ? "\033[1;35m" : "\033[1;36m";
  }
  const char *bold() const { return On ? "\033[1m" : ""; }
  const char *caret() const { return On ? "\033[1;32m" : ""; }
  const char *reset() const { return On ? "\033[0m" : ""; }
};

/// A repository-relative path as the user should see it: relative to DisplayDirectory when set,
/// escaped either way.
std::string displayPath(const Report &R, const OutputOptions &Options, const std::string &Path) {
  if (Options.DisplayDirectory.empty() || Path.empty() || Path[0] == '/')
    return escapeControl(Path);
  namespace fs = std::filesystem;
  fs::path Relative = (fs::path(R.SourceRoot) / Path).lexically_normal().lexically_relative(Options.DisplayDirectory);
  return escapeControl(Relative.empty() ? Path : Relative.string());
}

/// Line LineNumber (1-based) of a scanned file, read again for the terminal view (at most 4 MiB
/// are read, lines over 1,000 bytes are not shown); nullopt when it cannot be read.
std::optional<std::string> sourceLine(const std::string &File, unsigned LineNumber) {
  std::ifstream In(File, std::ios::binary);
  if (!In || LineNumber == 0)
    return std::nullopt;
  std::string Line;
  size_t Read = 0;
  for (unsigned Number = 1; std::getline(In, Line); ++Number) {
    Read += Line.size() + 1;
    if (Read > 4 * 1024 * 1024)
      return std::nullopt;
    if (Number == LineNumber)
      return Line.size() > 1000 ? std::nullopt : std::optional<std::string>(Line);
  }
  return std::nullopt;
}

/// The finding's source line and, under it, a caret at the 1-based code-point column (tabs kept so
/// that the caret lines up however the terminal shows them). Without the file, the snippet, which
/// starts at the column.
void writeSourceLine(std::ostream &Out, const std::string &File, const Finding &F, const Palette &Colors) {
  unsigned Column = F.Start.Column;
  std::optional<std::string> FromFile = sourceLine(File, F.Start.Line);
  std::string Line = FromFile ? *FromFile : F.Snippet.substr(0, F.Snippet.find('\n'));
  if (!FromFile)
    Column = 1;
  if (!Line.empty() && Line.back() == '\r')
    Line.pop_back();
  if (Line.find_first_not_of(" \t") == std::string::npos)
    return;
  // Tabs stay tabs (the caret line below repeats them); every other control character is escaped.
  std::string Shown;
  for (size_t Start = 0, Tab; Start <= Line.size(); Start = Tab + 1) {
    Tab = std::min(Line.find('\t', Start), Line.size());
    Shown += escapeControl(Line.substr(Start, Tab - Start)) + (Tab < Line.size() ? "\t" : "");
  }
  Out << "    " << Shown << "\n    ";
  unsigned Seen = 1;
  for (size_t I = 0; I < Line.size() && Seen < Column; ++I) {
    unsigned char C = static_cast<unsigned char>(Line[I]);
    if ((C & 0xC0) == 0x80)
      continue; // continuation byte: same code point
    // An escaped control character takes as many columns as its escape.
    std::string Shown = C < 0x20 && C != '\t' ? escapeControl(std::string(1, static_cast<char>(C))) : "";
    if (C == '\t')
      Out << '\t';
    else
      Out << std::string(Shown.empty() ? 1 : Shown.size(), ' ');
    ++Seen;
  }
  Out << Colors.caret() << '^' << Colors.reset() << '\n';
}

} // namespace

std::string writeText(const Report &R, const OutputOptions &Options) {
  std::ostringstream Out;
  Palette Colors{Options.Color};
  for (const Finding &F : R.Findings) {
    if (F.Suppressed) {
      if (!Options.ShowSuppressed)
        continue;
    } else if (F.BaselineState == "unchanged") {
      if (!Options.ShowBaseline)
        continue;
    }
    std::string Path = displayPath(R, Options, F.Path);
    Out << Colors.bold() << Path << ':' << F.Start.Line << ':' << F.Start.Column << ": " << Colors.reset()
        << Colors.level(F.FindingLevel) << levelName(F.FindingLevel) << ':' << Colors.reset() << ' '
        << Colors.bold() << escapeControl(F.Message) << " [" << F.RuleId << ']' << Colors.reset();
    if (F.Suppressed)
      Out << " (suppressed: " << escapeControl(F.Suppressed->Justification) << ')';
    else if (F.BaselineState == "unchanged")
      Out << " (in the baseline)";
    if (F.AiAssisted)
      Out << " [ai-assisted " << escapeControl(F.AiCommit) << ']';
    if (F.Untested)
      Out << " [untested]";
    else if (F.ExecutionCount)
      Out << " (ran " << *F.ExecutionCount << (*F.ExecutionCount == 1 ? " time)" : " times)");
    Out << '\n';
    if (Options.Rich && !F.Path.empty())
      writeSourceLine(Out, F.Path[0] == '/' ? F.Path : R.SourceRoot + "/" + F.Path, F, Colors);
    for (const RelatedLocation &Related : F.Related)
      if (!Related.Path.empty() || Related.Start.Line != F.Start.Line ||
          Related.Start.Column != F.Start.Column) // not a repeat
        Out << (Related.Path.empty() ? Path : displayPath(R, Options, Related.Path)) << ':' << Related.Start.Line
            << ':' << Related.Start.Column << ": " << Colors.level(Level::Note) << "note:" << Colors.reset() << ' '
            << escapeControl(Related.Message) << '\n';
    if (F.Fix) {
      Out << Path << ':' << F.Fix->At.Line << ':' << F.Fix->At.Column << ": fix: " << escapeControl(F.Fix->Description)
          << ":\n";
      std::istringstream Lines(F.Fix->Text);
      for (std::string Line; std::getline(Lines, Line);)
        if (!Line.empty())
          Out << "    " << escapeControl(Line) << '\n';
    }
    if (Options.Rich)
      if (const Rule *Meta = R.findRule(F.RuleId))
        Out << "    = " << F.RuleId << ": " << escapeControl(rulePage(*Meta)) << '\n';
  }
  for (const Notification &N : R.Notifications) {
    bool Show = Options.Verbose || (!N.Skipped && N.NotificationLevel >= Level::Warning) ||
                N.NotificationLevel == Level::Error;
    if (!Show)
      continue;
    Level Shown = N.Skipped && N.NotificationLevel != Level::Error ? Level::Note : N.NotificationLevel;
    Out << Colors.bold() << displayPath(R, Options, N.Path);
    if (N.Where)
      Out << ':' << N.Where->Line << ':' << N.Where->Column;
    Out << ": " << Colors.reset() << Colors.level(Shown) << levelName(Shown) << ':' << Colors.reset() << ' '
        << (N.Skipped ? "skipped: " : "") << escapeControl(N.Message) << '\n';
  }
  Out << writeTextSummary(R, Options);
  return Out.str();
}

std::string writeTextSummary(const Report &R, const OutputOptions &Options) {
  std::ostringstream Out;
  size_t Suppressed = 0, Unchanged = 0;
  for (const Finding &F : R.Findings)
    if (F.Suppressed)
      ++Suppressed;
    else if (F.BaselineState == "unchanged")
      ++Unchanged;
  size_t Shown = R.Findings.size() - Suppressed;
  if (R.HasBaseline)
    Shown -= Unchanged;
  Out << "blastradius: " << Shown << (R.HasBaseline ? " new" : "") << (Shown == 1 ? " finding" : " findings");
  if (Suppressed || R.HasBaseline) {
    Out << " (";
    if (Suppressed)
      Out << Suppressed << " suppressed" << (R.HasBaseline ? ", " : "");
    if (R.HasBaseline)
      Out << Unchanged << " unchanged since the baseline" << (Options.ShowBaseline ? "" : " not shown") << ", "
          << R.Absent.size() << " fixed";
    Out << ')';
  }
  Out << " in " << R.FilesAnalysed << " analysed " << (R.FilesAnalysed == 1 ? "file" : "files");
  unsigned Skipped = R.skippedCount();
  Out << "; " << Skipped << " skipped";
  if (Skipped) {
    Out << " (";
    bool First = true;
    for (const auto &[Kind, Count] : R.skippedByKind()) {
      Out << (First ? "" : ", ") << Kind << ": " << Count;
      First = false;
    }
    Out << ')';
  }
  Out << '\n';
  return Out.str();
}

namespace {

/// Sets Key to Path and, when Path is not valid UTF-8 (a file name is any bytes but '/' and NUL),
/// "raw" + Key to its exact bytes, percent-encoded: Key alone would carry U+FFFD in their place and
/// name no file (docs/json-report.schema.json).
template <typename Json> void setPath(Json &J, const char *Key, const std::string &Path) {
  J[Key] = Path;
  if (!isValidUtf8(Path)) {
    std::string Raw = std::string("raw") + static_cast<char>(std::toupper(static_cast<unsigned char>(Key[0]))) + (Key + 1);
    J[Raw] = percentEncodePath(Path);
  }
}

} // namespace

std::string writeJson(const Report &R, const OutputOptions &) {
  using nlohmann::ordered_json;
  ordered_json Root;
  // The version of this JSON format (docs/json-report.schema.json), raised when a field changes
  // meaning or goes away; new fields do not raise it.
  Root["version"] = 1;
  Root["tool"] = {{"name", "blastradius"}, {"version", BLASTRADIUS_VERSION}};
  setPath(Root, "sourceRoot", R.SourceRoot);
  ordered_json Findings = ordered_json::array();
  for (const Finding &F : R.Findings) {
    const Rule *Meta = R.findRule(F.RuleId);
    ordered_json J = {{"ruleId", F.RuleId},
                      {"family", Meta ? Meta->Family : ""},
                      {"level", levelName(F.FindingLevel)},
                      {"precision", Meta ? Meta->Precision : ""},
                      {"path", F.Path},
                      {"line", F.Start.Line},
                      {"column", F.Start.Column},
                      {"endLine", F.End.Line},
                      {"endColumn", F.End.Column},
                      {"message", F.Message},
                      {"snippet", F.Snippet},
                      {"fingerprint", F.Fingerprint}};
    setPath(J, "path", F.Path);
    if (std::string Uri = Meta ? helpUri(*Meta) : ""; !Uri.empty())
      J["helpUri"] = Uri;
    if (F.Suppressed)
      J["suppression"] = {{"kind", F.Suppressed->Kind}, {"justification", F.Suppressed->Justification}};
    if (!F.BaselineState.empty())
      J["baselineState"] = F.BaselineState;
    if (!F.Tier.empty())
      J["tier"] = F.Tier;
    if (F.AiAssisted) {
      J["aiAssisted"] = true;
      J["aiCommit"] = F.AiCommit;
    }
    if (F.Untested)
      J["untested"] = true;
    if (F.ExecutionCount)
      J["executionCount"] = *F.ExecutionCount;
    for (const RelatedLocation &Related : F.Related) {
      ordered_json Entry = {{"line", Related.Start.Line}, {"column", Related.Start.Column}, {"message", Related.Message}};
      if (!Related.Path.empty())
        setPath(Entry, "path", Related.Path);
      J["related"].push_back(std::move(Entry));
    }
    if (!F.ImpactSource.empty())
      J["impactSource"] = F.ImpactSource;
    if (F.Fix)
      J["fix"] = {{"description", F.Fix->Description},
                  {"line", F.Fix->At.Line},
                  {"column", F.Fix->At.Column},
                  {"insert", F.Fix->Text}};
    Findings.push_back(std::move(J));
  }
  Root["findings"] = std::move(Findings);
  if (R.HasBaseline) {
    ordered_json Absent = ordered_json::array();
    for (const Finding &F : R.Absent) {
      ordered_json J = {{"ruleId", F.RuleId},
                        {"path", F.Path},
                        {"line", F.Start.Line},
                        {"column", F.Start.Column},
                        {"message", F.Message},
                        {"fingerprint", F.Fingerprint},
                        {"baselineState", "absent"}};
      setPath(J, "path", F.Path);
      Absent.push_back(std::move(J));
    }
    Root["absent"] = std::move(Absent);
  }
  ordered_json Skipped = ordered_json::array(), Notes = ordered_json::array();
  for (const Notification &N : R.Notifications) {
    ordered_json J = {{"path", N.Path}, {"kind", N.Kind}, {"message", N.Message}};
    setPath(J, "path", N.Path);
    if (N.Where) {
      J["line"] = N.Where->Line;
      J["column"] = N.Where->Column;
    }
    if (N.Skipped) {
      Skipped.push_back(std::move(J));
    } else {
      J["level"] = levelName(N.NotificationLevel);
      Notes.push_back(std::move(J));
    }
  }
  Root["skipped"] = std::move(Skipped);
  Root["notifications"] = std::move(Notes);
  unsigned Suppressed = 0;
  for (const Finding &F : R.Findings)
    Suppressed += F.Suppressed ? 1 : 0;
  Root["summary"] = {{"findings", R.Findings.size() - Suppressed},
                     {"suppressed", Suppressed},
                     {"filesAnalysed", R.FilesAnalysed},
                     {"filesSkipped", R.skippedCount()},
                     {"skippedByKind", R.skippedByKind()}};
  if (R.HasBaseline) {
    unsigned New = 0;
    for (const Finding &F : R.Findings)
      New += !F.Suppressed && F.BaselineState == "new" ? 1 : 0;
    Root["summary"]["new"] = New;
    Root["summary"]["unchanged"] = R.Findings.size() - Suppressed - New;
    Root["summary"]["absent"] = R.Absent.size();
  }
  // Invalid UTF-8 from a scanned file is replaced, never allowed to abort the output.
  return Root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace blastradius
