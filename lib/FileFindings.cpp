// See FileFindings.h.
#include "FileFindings.h"

#include "Fingerprint.h"
#include "Languages.h"
#include "Suppressions.h"

#include <algorithm>

namespace blastradius {

Finding makeFinding(const Rule &R, const std::string &Path, const SourceText &Source, size_t StartByte,
                    size_t EndByte, const std::string &Detail, std::optional<std::string> Message) {
  EndByte = std::max(StartByte, EndByte); // an empty region mapped out of embedded code
  Finding F;
  F.RuleId = R.Id;
  F.Path = Path;
  F.Start = Source.position(StartByte);
  F.End = Source.position(EndByte);
  F.FindingLevel = R.DefaultLevel;
  F.Message = Message ? std::move(*Message) : R.Message;
  size_t At = F.Message.find("{detail}");
  if (At != std::string::npos)
    F.Message.replace(At, 8, Detail);
  // The region's text, capped: a snippet is for recognising the place, not for copying the file.
  const std::string &Text = Source.content();
  size_t End = std::min(EndByte, StartByte + 400);
  if (StartByte <= End && End <= Text.size())
    F.Snippet = Text.substr(StartByte, End - StartByte);
  return F;
}

void finishFileFindings(std::vector<Finding> &Findings, const SourceText &Source, const std::string &Path,
                        const std::string &Language, const RuleSet &Rules, bool ReportUnusedSuppressions) {
  const LanguageInfo *Info = findLanguage(Language);
  if (Info && !Info->LineComments.empty()) {
    SuppressionRules Bookkeeping;
    Bookkeeping.MissingReason = Rules.find(SuppressionWithoutReasonRule);
    Bookkeeping.Unused = ReportUnusedSuppressions ? Rules.find(UnusedSuppressionRule) : nullptr;
    Bookkeeping.IsLoaded = [&Rules](const std::string &Id) {
      const Rule *R = Rules.find(Id);
      // Change-impact findings (destroying-change) are made outside the per-file pass, which
      // cannot tell whether a suppression of theirs is used.
      return R && !R->CheckReadsSuppressions && R->Family != "destroying-change";
    };
    applyInlineSuppressions(Findings, findInlineSuppressions(Source, Info->LineComments), Path, Bookkeeping);
  }
  Report Sorter;
  Sorter.Findings = std::move(Findings);
  Sorter.canonicalize();
  Findings = std::move(Sorter.Findings);
  assignFingerprints(Findings, Source);
}

} // namespace blastradius
