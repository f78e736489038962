// The rule-test runner (`blastradius test SAMPLE...`), in Semgrep's habit: a sample file annotates
// the line after `ruleid: RULE-ID` as one that must fire and the line after `ok: RULE-ID` as one that
// must not. Every finding of an annotated rule on an unannotated line is a failure too, and every
// annotated rule needs at least one case of each kind. Known gaps are `todoruleid:` (a case the rule
// misses: it must not fire yet) and `todook:` (a known false positive: it still fires); a gap that
// closes is an error until its annotation is promoted.
#ifndef BLASTRADIUS_RULESAMPLETEST_H
#define BLASTRADIUS_RULESAMPLETEST_H

#include "Engine.h"

#include <ostream>
#include <string>

namespace blastradius {

/// Checks one sample; writes failures (FILE:LINE: error: ...) and a PASS/FAIL line to Out.
bool testRuleSample(Engine &E, const RuleSet &Rules, const std::string &SamplePath, std::ostream &Out);

} // namespace blastradius

#endif
