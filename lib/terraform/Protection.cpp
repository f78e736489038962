// The data tables of Protection.h. A type absent here is never reported for absent protection.
#include "terraform/Protection.h"

#include <re2/re2.h>

#include <string>

namespace blastradius::terraform {

namespace {

// AWS: "deletion_protection - (Optional) If the DB instance should have deletion protection enabled.
// ... The default is false." and the same sentence for the other databases; aws_lb's
// enable_deletion_protection "Defaults to false"; aws_networkfirewall_firewall's delete_protection
// "Defaults to false"; aws_dynamodb_table's deletion_protection_enabled "Defaults to false" (the
// provider documents default false for each; the AWS APIs behind them do the same). azurerm_key_vault:
// purge_protection_enabled "Is Purge Protection enabled for this Key Vault?" with no protection
// unless set (Key Vault's enablePurgeProtection is off by default). Google: deletion_protection
// "Defaults to true" on google_sql_database_instance ("Used to block Terraform from deleting a SQL
// Instance. Defaults to true."), google_bigquery_table and google_bigtable_instance.
constexpr ProtectionDefault Defaults[] = {
    {"aws_db_instance", "deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection"},
    {"aws_rds_cluster", "deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#deletion_protection"},
    {"aws_docdb_cluster", "deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#deletion_protection"},
    {"aws_neptune_cluster", "deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#deletion_protection"},
    {"aws_lb", "enable_deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection"},
    {"aws_alb", "enable_deletion_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection"},
    {"aws_networkfirewall_firewall", "delete_protection", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/networkfirewall_firewall#delete_protection"},
    {"aws_dynamodb_table", "deletion_protection_enabled", false,
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#deletion_protection_enabled"},
    {"azurerm_key_vault", "purge_protection_enabled", false,
     "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled"},
    {"google_sql_database_instance", "deletion_protection", true,
     "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#deletion_protection"},
    {"google_bigquery_table", "deletion_protection", true,
     "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_table#deletion_protection"},
    {"google_bigtable_instance", "deletion_protection", true,
     "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigtable_instance#deletion_protection"},
};

// terraform-aws-modules: the input names as each module's variables.tf declares them.
constexpr ModuleInput Inputs[] = {
    {"terraform-aws-modules/rds/aws", "deletion_protection", RiskyWhen::False,
     "terraform-deletion-protection-disabled", "https://registry.terraform.io/modules/terraform-aws-modules/rds/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds/aws", "skip_final_snapshot", RiskyWhen::True, "terraform-skip-final-snapshot",
     "https://registry.terraform.io/modules/terraform-aws-modules/rds/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds/aws", "backup_retention_period", RiskyWhen::Zero,
     "terraform-backup-retention-disabled", "https://registry.terraform.io/modules/terraform-aws-modules/rds/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds-aurora/aws", "deletion_protection", RiskyWhen::False,
     "terraform-deletion-protection-disabled",
     "https://registry.terraform.io/modules/terraform-aws-modules/rds-aurora/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds-aurora/aws", "skip_final_snapshot", RiskyWhen::True,
     "terraform-skip-final-snapshot", "https://registry.terraform.io/modules/terraform-aws-modules/rds-aurora/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds-aurora/aws", "backup_retention_period", RiskyWhen::Zero,
     "terraform-backup-retention-disabled",
     "https://registry.terraform.io/modules/terraform-aws-modules/rds-aurora/aws/latest?tab=inputs"},
    {"terraform-aws-modules/alb/aws", "enable_deletion_protection", RiskyWhen::False,
     "terraform-deletion-protection-disabled", "https://registry.terraform.io/modules/terraform-aws-modules/alb/aws/latest?tab=inputs"},
    {"terraform-aws-modules/s3-bucket/aws", "force_destroy", RiskyWhen::True, "terraform-force-destroy-enabled",
     "https://registry.terraform.io/modules/terraform-aws-modules/s3-bucket/aws/latest?tab=inputs"},
    {"terraform-aws-modules/dynamodb-table/aws", "deletion_protection_enabled", RiskyWhen::False,
     "terraform-deletion-protection-disabled",
     "https://registry.terraform.io/modules/terraform-aws-modules/dynamodb-table/aws/latest?tab=inputs"},
    // eks: v21 (AWS provider 6, whose aws_eks_cluster gained `deletion_protection`, "Whether deletion
    // protection for the cluster is enabled", default false) passes its `deletion_protection` input to
    // aws_eks_cluster.this.deletion_protection (the module's Inputs page; a caller writes
    // `deletion_protection = true` beside `version = "~> 21.0"`). v19 and v20
    // (terraform-aws-modules/terraform-aws-eks variables.tf at 4c5c97b and main.tf at 38361c4) have no
    // input that reaches a safety catch of this table: kms_key_deletion_window_in_days is the KMS
    // waiting period (7 to 30 days, never zero) of module "kms", cloudwatch_log_group_retention_in_days
    // the log group's retention, cluster_addons[*].preserve whether an add-on's objects stay on the
    // cluster when the add-on is removed. Those are not reported.
    {"terraform-aws-modules/eks/aws", "deletion_protection", RiskyWhen::False, "terraform-deletion-protection-disabled",
     "https://registry.terraform.io/modules/terraform-aws-modules/eks/aws/latest?tab=inputs"},
};

// Inputs left out by a caller: the module's variables.tf default. rds: `variable "deletion_protection"
// { description = "The database can't be deleted when this value is set to true"; default = false }`
// (terraform-aws-modules/terraform-aws-rds variables.tf at 029b06b). rds-aurora: default null, "The
// default is `false`" (terraform-aws-rds-aurora variables.tf at 008e651, whose switch is
// `create_cluster`; later versions call it `create`). Off either way. Not here, because the version
// decides: alb (enable_deletion_protection defaults to true from v9, false before), dynamodb-table
// (deletion_protection_enabled defaults to true in terraform-aws-dynamodb-table variables.tf at
// 0783a2b, to null before), and eks (v21's default is not established here).
constexpr ModuleProtectionDefault ModuleDefaults[] = {
    {"terraform-aws-modules/rds/aws", "deletion_protection", {"create_db_instance", {}},
     "https://registry.terraform.io/modules/terraform-aws-modules/rds/aws/latest?tab=inputs"},
    {"terraform-aws-modules/rds-aurora/aws", "deletion_protection", {"create", "create_cluster"},
     "https://registry.terraform.io/modules/terraform-aws-modules/rds-aurora/aws/latest?tab=inputs"},
};

} // namespace

/// "terraform-aws-modules/rds/aws" from the forms a source takes: the registry address (with or
/// without a host), `//submodule` suffixes, or the module's GitHub repository.
std::string canonicalRegistryModule(std::string_view Source) {
  static const RE2 Registry(R"((?:registry\.terraform\.io/)?(terraform-aws-modules/[a-z0-9-]+/aws)(?://.*)?)");
  static const RE2 Git(
      R"((?:git::)?(?:https://|ssh://git@|git@)github\.com[/:]terraform-aws-modules/terraform-aws-([a-z0-9-]+?)(?:\.git)?(?://[^?]*)?(?:\?ref=.*)?)");
  std::string Name;
  if (RE2::FullMatch(Source, Registry, &Name))
    return Name;
  if (RE2::FullMatch(Source, Git, &Name))
    return "terraform-aws-modules/" + Name + "/aws";
  return {};
}

const ProtectionDefault *protectionDefault(std::string_view ResourceType) {
  for (const ProtectionDefault &D : Defaults)
    if (D.ResourceType == ResourceType)
      return &D;
  return nullptr;
}

const ModuleInput *registryModuleInput(std::string_view Source, std::string_view Input) {
  std::string Module = canonicalRegistryModule(Source);
  if (Module.empty())
    return nullptr;
  for (const ModuleInput &I : Inputs)
    if (I.Module == Module && I.Input == Input)
      return &I;
  return nullptr;
}

std::vector<const ModuleProtectionDefault *> registryModuleDefaults(std::string_view Source) {
  std::vector<const ModuleProtectionDefault *> Out;
  std::string Module = canonicalRegistryModule(Source);
  if (Module.empty())
    return Out;
  // A submodule (`//modules/db_subnet_group`) is another module with other inputs: the defaults are
  // the root module's. The "//" of a URL scheme follows a ':'.
  for (size_t At = Source.find("//"); At != std::string_view::npos; At = Source.find("//", At + 2))
    if (At == 0 || Source[At - 1] != ':')
      return Out;
  for (const ModuleProtectionDefault &D : ModuleDefaults)
    if (D.Module == Module)
      Out.push_back(&D);
  return Out;
}

} // namespace blastradius::terraform
