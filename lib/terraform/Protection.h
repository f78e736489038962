// What the providers and the well-known registry modules default to, as data: which stateful
// resource types leave deletion protection off when the attribute is not written (reported as
// absent), which default it on (never reported when absent), and which inputs of the
// terraform-aws-modules registry modules reach a safety catch. Each row cites the provider's or
// module's own documentation of that default.
#ifndef BLASTRADIUS_TERRAFORM_PROTECTION_H
#define BLASTRADIUS_TERRAFORM_PROTECTION_H

#include <string_view>

namespace blastradius::terraform {

struct ProtectionDefault {
  std::string_view ResourceType;
  /// The attribute that turns the protection on.
  std::string_view Attribute;
  /// Whether the provider protects the resource when the attribute is absent.
  bool ProtectedByDefault;
  std::string_view Reference;
};

/// The row for a resource type, or nullptr when the catalogue does not know it.
const ProtectionDefault *protectionDefault(std::string_view ResourceType);

/// What a guard attribute's risky value is.
enum class RiskyWhen { True, False, Zero };

struct ModuleInput {
  /// A registry source prefix ("terraform-aws-modules/rds/aws"); matched with or without a
  /// "registry.terraform.io/" or "git::https://github.com/terraform-aws-modules/terraform-aws-rds" form.
  std::string_view Module;
  std::string_view Input;
  RiskyWhen Risky;
  std::string_view RuleId;
  std::string_view Reference;
};

/// The registry modules' inputs that reach a safety catch, for a module source; empty when unknown.
/// Module names the matched module ("terraform-aws-modules/rds/aws").
const ModuleInput *registryModuleInput(std::string_view Source, std::string_view Input);

} // namespace blastradius::terraform

#endif
