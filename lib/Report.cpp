#include "Report.h"

#include <algorithm>
#include <tuple>

namespace blastradius {

std::string_view levelName(Level L) {
  switch (L) {
  case Level::Error:
    return "error";
  case Level::Warning:
    return "warning";
  case Level::Note:
    return "note";
  case Level::None:
    return "none";
  }
  return "none";
}

std::optional<Level> parseLevel(std::string_view Name, bool AllowNone) {
  if (Name == "error")
    return Level::Error;
  if (Name == "warning")
    return Level::Warning;
  if (Name == "note")
    return Level::Note;
  if (AllowNone && Name == "none")
    return Level::None;
  return std::nullopt;
}

const std::vector<std::string> &knownFamilies() {
  static const std::vector<std::string> Families = {
      "destructive-operation",   "unguarded-migration",   "broad-permission",
      "deletion-protection-off", "untested-risky-branch", "unreviewed-production-change",
      "suppression",             "destroying-change"};
  return Families;
}

static auto findingKey(const Finding &F) {
  return std::tie(F.Path, F.Start.Line, F.Start.Column, F.RuleId, F.End.Line, F.End.Column, F.Message);
}

void Report::canonicalize() {
  std::sort(Findings.begin(), Findings.end(),
            [](const Finding &A, const Finding &B) { return findingKey(A) < findingKey(B); });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [](const Finding &A, const Finding &B) { return findingKey(A) == findingKey(B); }),
                 Findings.end());
  auto NotificationKey = [](const Notification &N) {
    unsigned Line = N.Where ? N.Where->Line : 0, Column = N.Where ? N.Where->Column : 0;
    return std::make_tuple(N.Path, Line, Column, N.Kind, N.Message);
  };
  std::sort(Notifications.begin(), Notifications.end(), [&](const Notification &A, const Notification &B) {
    return NotificationKey(A) < NotificationKey(B);
  });
  Notifications.erase(std::unique(Notifications.begin(), Notifications.end(),
                                  [&](const Notification &A, const Notification &B) {
                                    return NotificationKey(A) == NotificationKey(B);
                                  }),
                      Notifications.end());
  std::sort(Rules.begin(), Rules.end(), [](const Rule *A, const Rule *B) { return A->Id < B->Id; });
}

unsigned Report::skippedCount() const {
  return static_cast<unsigned>(
      std::count_if(Notifications.begin(), Notifications.end(), [](const Notification &N) { return N.Skipped; }));
}

std::map<std::string, unsigned> Report::skippedByKind() const {
  std::map<std::string, unsigned> Counts;
  for (const Notification &N : Notifications)
    if (N.Skipped)
      ++Counts[N.Kind];
  return Counts;
}

const Rule *Report::findRule(const std::string &Id) const {
  for (const Rule *R : Rules)
    if (R->Id == Id)
      return R;
  return nullptr;
}

} // namespace blastradius
