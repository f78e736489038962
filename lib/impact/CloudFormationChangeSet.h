// Reads the JSON of `aws cloudformation describe-change-set`: resources the change set removes
// (`Action: Remove`) or replaces (`Replacement: True | Conditional`), placed on the logical id in
// the scanned templates.
#ifndef BLASTRADIUS_IMPACT_CLOUDFORMATIONCHANGESET_H
#define BLASTRADIUS_IMPACT_CLOUDFORMATIONCHANGESET_H

#include "impact/ImpactSink.h"

#include <string>
#include <vector>

namespace blastradius::impact {

void readChangeSets(const std::vector<std::string> &Files, const std::string &Top, ImpactSink &Sink);

} // namespace blastradius::impact

#endif
