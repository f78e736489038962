// GitHub Actions output without code scanning: workflow commands that become annotations on the
// pull request's files (private repositories without Advanced Security get nothing from SARIF), and
// a Markdown table for the job summary ($GITHUB_STEP_SUMMARY).
// Escaping follows GitHub's toolkit (@actions/core command.ts): in the message, % CR LF become
// %25 %0D %0A; in a property value also : and , become %3A and %2C.
#include "Writers.h"

#include <map>
#include <sstream>
#include <tuple>

namespace blastradius {

namespace {

std::string escapeData(const std::string &Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(const std::string &Text) {
  std::string Out;
  for (char C : escapeData(Text)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

const char *commandFor(Level L) { return L == Level::Error ? "error" : L == Level::Warning ? "warning" : "notice"; }

} // namespace

std::string writeGithub(const Report &R, const OutputOptions &Options) {
  std::ostringstream Out;
  for (const Finding &F : R.Findings) {
    if (!findingShown(F, Options))
      continue;
    Out << "::" << commandFor(F.FindingLevel) << " file=" << escapeProperty(F.Path) << ",line=" << F.Start.Line
        << ",col=" << F.Start.Column;
    if (F.End.Line >= F.Start.Line) {
      Out << ",endLine=" << F.End.Line;
      if (F.End.Line == F.Start.Line && F.End.Column > F.Start.Column)
        Out << ",endColumn=" << F.End.Column;
    }
    const Rule *Meta = R.findRule(F.RuleId);
    std::string Title = "blastradius " + F.RuleId;
    Out << ",title=" << escapeProperty(Title) << "::";
    std::string Message = F.Message;
    if (F.BaselineState == "unchanged")
      Message += " (in the baseline)";
    if (F.Untested)
      Message += " (no test runs this line)";
    if (Meta) {
      std::string Page = helpUri(*Meta);
      Message += "\n" + shortDescription(*Meta) + (Page.empty() ? "" : " " + Page);
    }
    Out << escapeData(Message) << '\n';
  }
  // What could not be analysed at all, at error level (a file GitHub can point at).
  for (const Notification &N : R.Notifications) {
    if (N.NotificationLevel != Level::Error)
      continue;
    Out << "::error file=" << escapeProperty(N.Path);
    if (N.Where)
      Out << ",line=" << N.Where->Line << ",col=" << N.Where->Column;
    Out << ",title=" << escapeProperty("blastradius " + N.Kind) << "::"
        << escapeData((N.Skipped ? "skipped: " : "") + N.Message) << '\n';
  }
  return Out.str();
}

namespace {

/// Table cells: no pipe or line break from a tier or family name may break the table.
std::string cell(const std::string &Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n' || C == '\r')
      Out += ' ';
    else
      Out += C;
  }
  return Out;
}

} // namespace

std::string writeGithubSummary(const Report &R, const OutputOptions &Options) {
  struct Counts {
    unsigned Error = 0, Warning = 0, Note = 0;
  };
  std::map<std::pair<std::string, std::string>, Counts> Table;
  unsigned Shown = 0, Suppressed = 0, Unchanged = 0;
  for (const Finding &F : R.Findings) {
    Suppressed += F.Suppressed ? 1 : 0;
    Unchanged += !F.Suppressed && F.BaselineState == "unchanged" ? 1 : 0;
    if (!findingShown(F, Options))
      continue;
    ++Shown;
    const Rule *Meta = R.findRule(F.RuleId);
    Counts &Row = Table[{Meta ? Meta->Family : "other", F.Tier.empty() ? "-" : F.Tier}];
    (F.FindingLevel == Level::Error ? Row.Error : F.FindingLevel == Level::Warning ? Row.Warning : Row.Note)++;
  }
  std::ostringstream Out;
  Out << "### blastradius: " << Shown << (R.HasBaseline ? " new" : "") << (Shown == 1 ? " finding" : " findings")
      << "\n\n";
  if (!Table.empty()) {
    Out << "| Family | Tier | Errors | Warnings | Notes |\n|---|---|---:|---:|---:|\n";
    for (const auto &[Key, Row] : Table)
      Out << "| " << cell(Key.first) << " | " << cell(Key.second) << " | " << Row.Error << " | " << Row.Warning
          << " | " << Row.Note << " |\n";
    Out << '\n';
  }
  Out << R.FilesAnalysed << " files analysed, " << R.skippedCount() << " skipped";
  if (Suppressed)
    Out << ", " << Suppressed << " findings suppressed";
  if (R.HasBaseline)
    Out << ", " << Unchanged << " unchanged since the baseline, " << R.Absent.size() << " fixed";
  Out << ".\n\n";
  return Out.str();
}

} // namespace blastradius
