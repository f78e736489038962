// Terraform's safety catches switched off: force_destroy, skip_final_snapshot, the deletion
// protection flags, backup retention 0, lifecycle prevent_destroy = false on stateful resources,
// and `removed` blocks that destroy. A value counts when it is the risky literal, or a variable
// whose default in the same module (directory) is: `force_destroy = var.cleanup` with
// `default = true` in variables.tf deletes the bucket's objects just the same.
#include "semantic/Analyzers.h"

#include <re2/re2.h>

namespace blastradius {

namespace {

using model::HclAttribute;
using model::HclBlock;
using model::Node;
using model::NodeKind;

enum class Risky { True, False, Zero };

struct GuardAttribute {
  const char *Name;
  Risky RiskyValue;
  const char *RuleId;
};

/// The attributes whose risky value removes a safety catch, wherever they sit in a resource
/// (top level or a nested block such as google_sql_database_instance.settings).
constexpr GuardAttribute GuardAttributes[] = {
    {"force_destroy", Risky::True, "terraform-force-destroy-enabled"},
    {"skip_final_snapshot", Risky::True, "terraform-skip-final-snapshot"},
    {"deletion_protection", Risky::False, "terraform-deletion-protection-disabled"},
    {"enable_deletion_protection", Risky::False, "terraform-deletion-protection-disabled"},
    {"deletion_protection_enabled", Risky::False, "terraform-deletion-protection-disabled"},
    {"backup_retention_period", Risky::Zero, "terraform-backup-retention-disabled"},
};

bool isRisky(const Node &Value, Risky R) {
  switch (R) {
  case Risky::True:
    return Value.isTrue();
  case Risky::False:
    return Value.isFalse();
  case Risky::Zero:
    return (Value.Kind == NodeKind::Number || Value.Kind == NodeKind::String) && !Value.Interpolated &&
           (Value.Value == "0" || Value.Value == "0.0");
  }
  return false;
}

/// Resource types that hold data, for `prevent_destroy = false` (on a stateless resource it is the
/// default and says nothing). Prefixes and names per provider.
bool isStatefulType(std::string_view Type) {
  static const RE2 Stateful(
      "aws_(db_instance|rds_cluster|rds_global_cluster|dynamodb_table|dynamodb_global_table|s3_bucket|efs_file_system|"
      "kms_key|ebs_volume|elasticache_(cluster|replication_group)|redshift_cluster|docdb_cluster|neptune_cluster|"
      "opensearch_domain|elasticsearch_domain|backup_vault|secretsmanager_secret|ecr_repository|fsx_.*|"
      "memorydb_cluster|timestreamwrite_database|qldb_ledger|keyspaces_table|glacier_vault)|"
      "google_(sql_database_instance|sql_database|storage_bucket|bigquery_(dataset|table)|spanner_(instance|database)|"
      "bigtable_(instance|table)|filestore_instance|kms_crypto_key|compute_disk|alloydb_cluster|redis_instance|"
      "firestore_database)|"
      "azurerm_(.*sql.*|storage_account|cosmosdb_.*|key_vault|managed_disk|postgresql_.*|mysql_.*|mariadb_.*|"
      "redis_cache|recovery_services_vault)");
  return RE2::FullMatch(Type, Stateful);
}

class TerraformDeletionProtection final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "terraform-deletion-protection"; }
  std::string_view description() const override {
    return "Terraform attributes that switch off deletion safety catches, as literals or through variable defaults";
  }
  std::vector<std::string_view> ruleIds() const override {
    return {"terraform-force-destroy-enabled",     "terraform-skip-final-snapshot",
            "terraform-deletion-protection-disabled", "terraform-backup-retention-disabled",
            "terraform-prevent-destroy-disabled",  "terraform-removed-block-destroys"};
  }
  bool appliesTo(std::string_view Language) const override { return Language == "terraform"; }

  void analyze(SemanticContext &Context) const override {
    for (const HclBlock &Block : Context.hcl().Blocks) {
      if (Block.Type == "resource")
        checkResource(Context, Block);
      else if (Block.Type == "removed")
        checkRemoved(Context, Block);
    }
  }

private:
  /// Whether Value is risky: a literal, or `var.NAME` whose module default is. Detail then says
  /// which variable.
  static bool riskyValue(SemanticContext &Context, const Node &Value, Risky R, std::string &Detail) {
    if (isRisky(Value, R))
      return true;
    static const RE2 VariableReference(R"(var\.([A-Za-z_][A-Za-z0-9_-]*))");
    std::string Variable;
    if (Value.Kind != NodeKind::Expression || !RE2::FullMatch(Value.Value, VariableReference, &Variable) ||
        !Context.services().TerraformVariableDefault)
      return false;
    const Node *Default = Context.services().TerraformVariableDefault(Variable);
    if (!Default || !isRisky(*Default, R))
      return false;
    Detail = " (through var." + Variable + ", whose default is " + (Default->Kind == NodeKind::String ? "\"" : "") +
             Default->Value + (Default->Kind == NodeKind::String ? "\"" : "") + ")";
    return true;
  }

  static void checkGuards(SemanticContext &Context, const HclBlock &Block, unsigned Depth) {
    for (const HclAttribute &A : Block.Attributes)
      for (const GuardAttribute &Guard : GuardAttributes) {
        if (A.Name != Guard.Name || !Context.ruleEnabled(Guard.RuleId))
          continue;
        std::string Detail;
        if (!riskyValue(Context, A.Value, Guard.RiskyValue, Detail))
          continue;
        // Three spellings share one rule: its message names the one written here.
        if (Guard.RiskyValue == Risky::False)
          Detail = A.Name + " = false" + Detail;
        Context.report(Guard.RuleId, A.Begin, A.End, Detail);
      }
    if (Depth < 8)
      for (const HclBlock &Nested : Block.Blocks)
        if (Nested.Type != "lifecycle" && Nested.Type != "provisioner")
          checkGuards(Context, Nested, Depth + 1);
  }

  static void checkResource(SemanticContext &Context, const HclBlock &Resource) {
    checkGuards(Context, Resource, 0);
    if (!isStatefulType(Resource.label(0)))
      return;
    for (const HclBlock *Lifecycle : Resource.blocks("lifecycle"))
      if (const HclAttribute *Prevent = Lifecycle->attribute("prevent_destroy")) {
        std::string Detail;
        if (riskyValue(Context, Prevent->Value, Risky::False, Detail))
          Context.report("terraform-prevent-destroy-disabled", Prevent->Begin, Prevent->End,
                         " on " + std::string(Resource.label(0)) + "." + std::string(Resource.label(1)) + Detail);
      }
  }

  static void checkRemoved(SemanticContext &Context, const HclBlock &Removed) {
    std::string From;
    if (const HclAttribute *FromAttribute = Removed.attribute("from"))
      From = FromAttribute->Value.Value;
    for (const HclBlock *Lifecycle : Removed.blocks("lifecycle"))
      if (const HclAttribute *Destroy = Lifecycle->attribute("destroy")) {
        std::string Detail;
        if (riskyValue(Context, Destroy->Value, Risky::True, Detail))
          Context.report("terraform-removed-block-destroys", Destroy->Begin, Destroy->End,
                         (From.empty() ? std::string() : " " + From) + Detail);
      }
  }
};

} // namespace

const SemanticAnalyzer &terraformDeletionProtectionAnalyzer() {
  static const TerraformDeletionProtection Instance;
  return Instance;
}

} // namespace blastradius
