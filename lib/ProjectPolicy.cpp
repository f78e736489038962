#include "ProjectPolicy.h"

#include "RuleLoader.h"

#include <ctime>

namespace blastradius {

void applyRuleSelection(const Config &C, RuleSet &Rules) {
  Rules.removeIf([&](const Rule &R) {
    if (C.DisabledRules.count(R.Id))
      return true;
    return C.DisabledFamilies.count(R.Family) && !C.EnabledRules.count(R.Id);
  });
  for (const auto &R : Rules.rules()) {
    auto ById = C.Severity.find(R->Id);
    auto ByFamily = C.Severity.find(R->Family);
    if (ById != C.Severity.end())
      Rules.findMutable(R->Id)->DefaultLevel = ById->second;
    else if (ByFamily != C.Severity.end())
      Rules.findMutable(R->Id)->DefaultLevel = ByFamily->second;
  }
}

namespace {

const ConfigTier *tierOf(const Config &C, const std::string &Path) {
  for (const ConfigTier &Tier : C.Tiers)
    for (const PathGlob &Glob : Tier.Paths)
      if (Glob.matches(Path))
        return &Tier;
  return nullptr;
}

Level raised(Level L) { return L == Level::Note ? Level::Warning : Level::Error; }

} // namespace

void applyPolicy(const Config &C, Report &R, const std::string &Today) {
  std::vector<bool> ExpiredReported(C.Suppressions.size(), false);
  for (Finding &F : R.Findings) {
    for (size_t I = 0; I < C.Suppressions.size() && !F.Suppressed; ++I) {
      const ConfigSuppression &S = C.Suppressions[I];
      bool RuleMatches = false, PathMatches = false;
      for (const std::string &Id : S.Rules)
        RuleMatches = RuleMatches || Id == "*" || Id == F.RuleId;
      for (const PathGlob &Glob : S.Paths)
        PathMatches = PathMatches || Glob.matches(F.Path);
      if (!RuleMatches || !PathMatches)
        continue;
      if (!S.Expires.empty() && S.Expires <= Today) {
        // An expired exception is a decision to revisit, not a silent pass: the finding shows again
        // and the report says which entry ran out.
        if (!ExpiredReported[I]) {
          ExpiredReported[I] = true;
          Notification N;
          N.Path = S.Where.substr(0, S.Where.find(':'));
          N.Kind = "suppression-expired";
          N.Message = "suppression at " + S.Where + " expired on " + S.Expires + " and no longer suppresses (" +
                      S.Reason + ")";
          N.NotificationLevel = Level::Warning;
          N.Skipped = false;
          R.Notifications.push_back(std::move(N));
        }
        continue;
      }
      F.Suppressed = Suppression{"external", S.Reason};
    }
    if (const ConfigTier *Tier = tierOf(C, F.Path)) {
      F.Tier = Tier->Name;
      if (Tier->Raise && F.FindingLevel != Level::Error && F.FindingLevel != Level::None) {
        Level From = F.FindingLevel;
        F.FindingLevel = raised(From);
        F.Message += " (raised from " + std::string(levelName(From)) + ": " + Tier->Name + " path)";
      }
    }
  }
  R.canonicalize();
}

bool findingFails(const Config *C, const Finding &F, Level DefaultFailOn) {
  if (F.Suppressed || F.BaselineState == "unchanged")
    return false;
  Level FailOn = DefaultFailOn;
  if (C && !F.Tier.empty())
    for (const ConfigTier &Tier : C->Tiers)
      if (Tier.Name == F.Tier && Tier.FailOn)
        FailOn = *Tier.FailOn;
  return FailOn != Level::None && F.FindingLevel >= FailOn;
}

std::string todayUtc() {
  std::time_t Now = std::time(nullptr);
  std::tm Utc{};
  gmtime_r(&Now, &Utc);
  char Buffer[16];
  std::strftime(Buffer, sizeof(Buffer), "%Y-%m-%d", &Utc);
  return Buffer;
}

} // namespace blastradius
