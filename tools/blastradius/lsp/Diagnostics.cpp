// Findings to LSP diagnostics, hovers and suppression edits.
#include "Diagnostics.h"

#include "Languages.h"
#include "Rule.h"
#include "Suppressions.h"
#include "Text.h"
#include "Writers.h"

namespace blastradius::lsp {

namespace {
nlohmann::json rangeJson(const SourceText &Source, Position Start, Position End) {
  LspPosition S = toLsp(Source, Start), E = toLsp(Source, End);
  if (E.Line < S.Line || (E.Line == S.Line && E.Character < S.Character))
    E = S;
  return {{"start", {{"line", S.Line}, {"character", S.Character}}},
          {"end", {{"line", E.Line}, {"character", E.Character}}}};
}

bool before(Position A, Position B) { return A.Line < B.Line || (A.Line == B.Line && A.Column < B.Column); }
} // namespace

int severityOf(Level L) {
  switch (L) {
  case Level::Error:
    return 1;
  case Level::Warning:
    return 2;
  case Level::Note:
    return 3;
  case Level::None:
    return 4;
  }
  return 2;
}

nlohmann::json toDiagnostic(const Finding &F, const Rule *R, const SourceText &Source, const std::string &Uri) {
  nlohmann::json D = {{"range", rangeJson(Source, F.Start, F.End)},
                      {"severity", severityOf(F.FindingLevel)},
                      {"code", F.RuleId},
                      {"source", "blastradius"},
                      {"message", F.Message}};
  if (R) {
    // The published page when a documentation URI was configured, else the page shipped beside the
    // binary (a file: URI the editor opens); no link at all rather than an empty one.
    std::string Href = helpUri(*R);
    if (Href.empty()) {
      std::string Page = rulePage(*R);
      if (!Page.empty() && Page[0] == '/')
        Href = "file://" + Page;
    }
    if (!Href.empty())
      D["codeDescription"] = {{"href", Href}};
  }
  if (!F.Related.empty()) {
    nlohmann::json Related = nlohmann::json::array();
    for (const RelatedLocation &L : F.Related)
      Related.push_back({{"location", {{"uri", Uri}, {"range", rangeJson(Source, L.Start, L.End)}}},
                         {"message", L.Message}});
    D["relatedInformation"] = std::move(Related);
  }
  // LSP knows two tags: a suppression that suppresses nothing is code that can go (Unnecessary);
  // a rule reached through one of its deprecated ids is Deprecated.
  nlohmann::json Tags = nlohmann::json::array();
  if (F.RuleId == UnusedSuppressionRule)
    Tags.push_back(1);
  if (!Tags.empty())
    D["tags"] = std::move(Tags);
  D["data"] = {{"fingerprint", F.Fingerprint}};
  return D;
}

nlohmann::json notificationDiagnostic(const Notification &N, const SourceText &Source) {
  Position Where = N.Where ? *N.Where : Position{1, 1};
  Position End = Where;
  if (!N.Where && Source.lineCount() > 0)
    End.Column = 1 + static_cast<unsigned>(Source.line(1).size());
  std::string Prefix = N.Skipped ? "blastradius did not analyse this file: " : "blastradius: ";
  return {{"range", rangeJson(Source, Where, End)},
          {"severity", severityOf(N.NotificationLevel == Level::None ? Level::Note : N.NotificationLevel)},
          {"code", N.Kind},
          {"source", "blastradius"},
          {"message", Prefix + N.Message}};
}

std::string hoverText(const Finding &F, const Rule *R) {
  std::string Text = "**" + F.RuleId + "** (blastradius): " + F.Message;
  if (R) {
    if (!R->Help.empty())
      Text += "\n\n" + R->Help;
    Text += "\n\n[" + R->Id + "](" + helpUri(*R) + ")";
  }
  Text += "\n\nSuppress with a reason: `blastradius-ignore[" + F.RuleId + "]: why this is safe`";
  return Text;
}

bool touches(const Finding &F, Position Start, Position End) {
  Position FEnd = before(F.End, F.Start) ? F.Start : F.End;
  return !before(FEnd, Start) && !before(End, F.Start);
}

std::optional<SuppressionEdit> suppressionEdit(const Finding &F, const SourceText &Source,
                                               const std::string &Language) {
  const LanguageInfo *Info = findLanguage(Language);
  if (!Info || Info->LineComments.empty() || F.Start.Line == 0 || F.Start.Line > Source.lineCount())
    return std::nullopt;
  std::string_view Line = Source.line(F.Start.Line);
  std::string Indent(Line.substr(0, Line.find_first_not_of(" \t") == std::string_view::npos
                                        ? Line.size()
                                        : Line.find_first_not_of(" \t")));
  std::string Directive = Indent + Info->LineComments.front() + " blastradius-ignore[" + F.RuleId + "]: ";
  SuppressionEdit Out;
  Out.Edit = {{"range",
               {{"start", {{"line", F.Start.Line - 1}, {"character", 0}}},
                {"end", {{"line", F.Start.Line - 1}, {"character", 0}}}}},
              {"newText", Directive + "\n"}};
  // The directive is ASCII (blanks, the comment introducer, the id): bytes = UTF-16 units.
  Out.ReasonLine = F.Start.Line - 1;
  Out.ReasonCharacter = static_cast<unsigned>(Directive.size());
  return Out;
}

} // namespace blastradius::lsp
