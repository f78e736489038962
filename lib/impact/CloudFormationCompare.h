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

/// The blast radius of a removed or replaced logical id: the resources (and outputs) of the
/// template File/Text that reference Id (`!Ref`, `!GetAtt`, `${Id}` in `!Sub`, their `Ref:` /
/// `Fn::GetAtt:` / `Fn::Sub:` forms, `DependsOn`), added to E's dependents (InBase: Text is the
/// base's). Returns how many were added.
size_t addCloudFormationDependents(const std::string &File, const std::string &Text, const std::string &Id,
                                   ImpactSink::Event &E, bool InBase);

/// " (N resources reference it)" for E's dependents, or "" for none.
std::string cloudFormationDependentsSuffix(const ImpactSink::Event &E);

} // namespace blastradius::impact

#endif
