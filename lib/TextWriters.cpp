// Text (compiler style) and JSON output.
#include "Writers.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace blastradius {

std::string writeText(const Report &R, const OutputOptions &Options) {
  std::ostringstream Out;
  unsigned Suppressed = 0, Unchanged = 0;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed) {
      ++Suppressed;
      if (!Options.ShowSuppressed)
        continue;
    } else if (F.BaselineState == "unchanged") {
      ++Unchanged;
      if (!Options.ShowBaseline)
        continue;
    }
    Out << F.Path << ':' << F.Start.Line << ':' << F.Start.Column << ": " << levelName(F.FindingLevel) << ": "
        << F.Message << " [" << F.RuleId << ']';
    if (F.Suppressed)
      Out << " (suppressed: " << F.Suppressed->Justification << ')';
    else if (F.BaselineState == "unchanged")
      Out << " (in the baseline)";
    if (F.AiAssisted)
      Out << " [ai-assisted " << F.AiCommit << ']';
    if (F.Untested)
      Out << " [untested]";
    else if (F.ExecutionCount)
      Out << " (ran " << *F.ExecutionCount << (*F.ExecutionCount == 1 ? " time)" : " times)");
    Out << '\n';
    for (const RelatedLocation &Related : F.Related)
      if (!Related.Path.empty() || Related.Start.Line != F.Start.Line ||
          Related.Start.Column != F.Start.Column) // not a repeat
        Out << (Related.Path.empty() ? F.Path : Related.Path) << ':' << Related.Start.Line << ':'
            << Related.Start.Column << ": note: " << Related.Message << '\n';
    if (F.Fix) {
      Out << F.Path << ':' << F.Fix->At.Line << ':' << F.Fix->At.Column << ": fix: " << F.Fix->Description << ":\n";
      std::istringstream Lines(F.Fix->Text);
      for (std::string Line; std::getline(Lines, Line);)
        if (!Line.empty())
          Out << "    " << Line << '\n';
    }
  }
  for (const Notification &N : R.Notifications) {
    bool Show = Options.Verbose || (!N.Skipped && N.NotificationLevel >= Level::Warning) ||
                N.NotificationLevel == Level::Error;
    if (!Show)
      continue;
    Out << N.Path;
    if (N.Where)
      Out << ':' << N.Where->Line << ':' << N.Where->Column;
    Out << ": " << (N.Skipped ? "note" : levelName(N.NotificationLevel)) << ": "
        << (N.Skipped ? "skipped: " : "") << N.Message << '\n';
  }
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

std::string writeJson(const Report &R, const OutputOptions &) {
  using nlohmann::ordered_json;
  ordered_json Root;
  Root["tool"] = {{"name", "blastradius"}, {"version", BLASTRADIUS_VERSION}};
  Root["sourceRoot"] = R.SourceRoot;
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
                      {"fingerprint", F.Fingerprint},
                      {"helpUri", Meta ? helpUri(*Meta) : ""}};
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
        Entry["path"] = Related.Path;
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
    for (const Finding &F : R.Absent)
      Absent.push_back({{"ruleId", F.RuleId},
                        {"path", F.Path},
                        {"line", F.Start.Line},
                        {"column", F.Start.Column},
                        {"message", F.Message},
                        {"fingerprint", F.Fingerprint},
                        {"baselineState", "absent"}});
    Root["absent"] = std::move(Absent);
  }
  ordered_json Skipped = ordered_json::array(), Notes = ordered_json::array();
  for (const Notification &N : R.Notifications) {
    ordered_json J = {{"path", N.Path}, {"kind", N.Kind}, {"message", N.Message}};
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
