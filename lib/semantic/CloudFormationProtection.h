// Which CloudFormation resource types leave the service's deletion protection off when the template
// does not set it (the CloudFormation twin of lib/terraform/Protection's table), and where a load
// balancer keeps it (an attribute in a Key/Value list, not a property of its own).
#ifndef BLASTRADIUS_SEMANTIC_CLOUDFORMATIONPROTECTION_H
#define BLASTRADIUS_SEMANTIC_CLOUDFORMATIONPROTECTION_H

#include "semantic/CloudFormationResources.h"

#include <string>
#include <string_view>

namespace blastradius::cloudformation {

/// What the template says about a resource's deletion protection.
enum class ProtectionState {
  /// Not a type of the table, or a replica / Aurora member whose protection lives elsewhere.
  NotApplicable,
  /// The type protects nothing unless the template says so, and it does not.
  Absent,
  /// Written (whatever the value), or hidden behind an intrinsic function: not absent.
  Written,
};

struct ProtectionCheck {
  ProtectionState State = ProtectionState::NotApplicable;
  /// The property (or load balancer attribute) that turns the protection on.
  std::string_view Attribute;
};

ProtectionCheck deletionProtectionOf(const Resource &R);

/// The value node of a load balancer's `deletion_protection.enabled` attribute (the `Value` of
/// its Key/Value pair in LoadBalancerAttributes), or nullptr.
const model::Node *loadBalancerDeletionProtection(const Resource &R);

} // namespace blastradius::cloudformation

#endif
