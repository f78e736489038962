// CloudFormation templates across a change: a logical id removed (or renamed: CloudFormation
// deletes the old one and creates the new one) without DeletionPolicy Retain or Snapshot, and a
// change to a property whose UpdateType is Immutable (from the CloudFormation resource
// specification, CloudFormationImmutableProperties.def) without UpdateReplacePolicy Retain.
#ifndef BLASTRADIUS_IMPACT_CLOUDFORMATIONCOMPARE_H
#define BLASTRADIUS_IMPACT_CLOUDFORMATIONCOMPARE_H

#include "impact/ImpactSink.h"
#include "impact/Revision.h"

#include <string>
#include <vector>

namespace blastradius::impact {

/// Changed: changed .yaml/.yml/.json/.template paths; only CloudFormation templates are judged.
void compareCloudFormation(const std::vector<std::string> &Changed, const Revision &Base, const Revision &Head,
                           ImpactSink &Sink);

} // namespace blastradius::impact

#endif
