// What the providers and the well-known registry modules default to, as data: which stateful
// resource types leave deletion protection off when the attribute is not written (reported as
// absent), which default it on (never reported when absent), and which inputs of the
// terraform-aws-modules registry modules reach a safety catch. Each row cites the provider's or
// module's own documentation of that default.
#ifndef BLASTRADIUS_TERRAFORM_PROTECTION_H
#define BLASTRADIUS_TERRAFORM_PROTECTION_H

#include <string>
#include <string_view>
#include <vector>

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

/// A registry module input whose own default leaves the resource unprotected (the module twin of a
/// ProtectionDefault with ProtectedByDefault false): a call that does not set it is reported as absent.
struct ModuleProtectionDefault {
  std::string_view Module;
  std::string_view Input;
  /// The inputs that switch the whole module off ("create_db_instance"; a module renames it across
  /// versions): a call that sets one to anything but a literal true may create nothing, and is not
  /// judged.
  std::string_view CreateInputs[2];
  std::string_view Reference;
};

/// The unprotected defaults of the registry module a source names (empty when unknown).
std::vector<const ModuleProtectionDefault *> registryModuleDefaults(std::string_view Source);

/// "terraform-aws-modules/rds/aws" for the forms a registry source takes, "" for any other source.
std::string canonicalRegistryModule(std::string_view Source);

} // namespace blastradius::terraform

#endif
