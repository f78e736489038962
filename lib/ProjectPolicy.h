// Applies the project configuration (Config.h) to a scan: which rules run and at what level before
// it, and after it external suppressions (with expiry) and tiers (a Tier-1 path raises a finding
// one level and has its own fail-on).
#ifndef BLASTRADIUS_PROJECTPOLICY_H
#define BLASTRADIUS_PROJECTPOLICY_H

#include "Config.h"
#include "Report.h"

#include <optional>
#include <string>

namespace blastradius {

class RuleSet;

/// Removes switched-off rules and families; applies severity overrides (a rule id wins over its family).
void applyRuleSelection(const Config &C, RuleSet &Rules);

/// External suppressions and tiers. Today is "YYYY-MM-DD" (UTC): an entry whose `expires` is today
/// or earlier no longer suppresses, and the report says so once per entry.
void applyPolicy(const Config &C, Report &R, const std::string &Today);

/// Whether a finding fails the build: not suppressed, not unchanged since a baseline, and at or
/// above its tier's fail-on (or DefaultFailOn when its tier has none or it has no tier).
bool findingFails(const Config *C, const Finding &F, Level DefaultFailOn);

/// Today's date in UTC as "YYYY-MM-DD".
std::string todayUtc();

} // namespace blastradius

#endif
