#include "Suppressions.h"

#include "SuppressionDirective.h"

#include <algorithm>

namespace blastradius {

namespace {

/// Whether the line holds nothing but a comment.
bool isCommentOnly(std::string_view Line, const std::vector<std::string> &CommentPrefixes) {
  size_t First = Line.find_first_not_of(" \t");
  if (First == std::string_view::npos)
    return false;
  for (const std::string &Prefix : CommentPrefixes)
    if (Line.substr(First, Prefix.size()) == Prefix)
      return true;
  return false;
}

} // namespace

std::vector<InlineSuppression> findInlineSuppressions(const SourceText &Source,
                                                      const std::vector<std::string> &CommentPrefixes) {
  std::vector<InlineSuppression> Found;
  for (unsigned LineNumber = 1; LineNumber <= Source.lineCount(); ++LineNumber) {
    std::string_view Line = Source.line(LineNumber);
    std::optional<SuppressionDirective> Directive = findSuppressionDirective(Line);
    if (!Directive)
      continue;
    size_t At = Directive->Offset;
    // Only inside a comment: some comment introducer must come before the directive.
    bool InComment = false;
    for (const std::string &Prefix : CommentPrefixes) {
      size_t CommentAt = Line.find(Prefix);
      if (CommentAt != std::string_view::npos && CommentAt < At)
        InComment = true;
    }
    if (!InComment)
      continue;
    InlineSuppression S;
    S.WholeFile = Directive->WholeFile;
    S.Line = LineNumber;
    S.Where = Source.position(Source.offset({LineNumber, 1}) + At);
    S.RuleIds = std::move(Directive->RuleIds);
    S.Reason = std::move(Directive->Reason);
    S.TargetLine = LineNumber;
    if (isCommentOnly(Line, CommentPrefixes)) {
      unsigned Next = LineNumber + 1;
      while (Next <= Source.lineCount() && isCommentOnly(Source.line(Next), CommentPrefixes))
        ++Next;
      S.TargetLine = Next;
    }
    Found.push_back(std::move(S));
  }
  return Found;
}

namespace {

Finding suppressionFinding(const Rule &R, const std::string &Path, const InlineSuppression &S, std::string Detail) {
  Finding F;
  F.RuleId = R.Id;
  F.Path = Path;
  F.Start = S.Where;
  F.End = S.Where;
  F.FindingLevel = R.DefaultLevel;
  F.Message = R.Message;
  size_t At = F.Message.find("{detail}");
  if (At != std::string::npos)
    F.Message.replace(At, 8, Detail);
  return F;
}

} // namespace

void applyInlineSuppressions(std::vector<Finding> &FileFindings, const std::vector<InlineSuppression> &Suppressions,
                             const std::string &Path, const SuppressionRules &Rules) {
  std::vector<Finding> Added;
  for (const InlineSuppression &S : Suppressions) {
    if (S.Reason.empty()) {
      if (Rules.MissingReason)
        Added.push_back(suppressionFinding(*Rules.MissingReason, Path, S, ""));
      continue;
    }
    bool Used = false;
    for (Finding &F : FileFindings) {
      if (!S.WholeFile && F.Start.Line != S.Line && F.Start.Line != S.TargetLine)
        continue;
      for (const std::string &Id : S.RuleIds)
        if (Id == F.RuleId) {
          Used = true;
          if (!F.Suppressed)
            F.Suppressed = Suppression{"inSource", S.Reason};
        }
    }
    if (Used || !Rules.Unused)
      continue;
    bool Judgeable = false;
    std::string Names;
    for (const std::string &Id : S.RuleIds) {
      Judgeable = Judgeable || !Rules.IsLoaded || Rules.IsLoaded(Id);
      Names += (Names.empty() ? "" : ", ") + Id;
    }
    if (Judgeable)
      Added.push_back(suppressionFinding(*Rules.Unused, Path, S, Names));
  }
  FileFindings.insert(FileFindings.end(), Added.begin(), Added.end());
}

} // namespace blastradius
