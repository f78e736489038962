#include "impact/ReplacementAttributes.h"

#include <re2/re2.h>

namespace blastradius::impact {

namespace {

struct Row {
  std::string_view Type;
  std::string_view Argument;
  std::string_view Source;
};

constexpr Row Rows[] = {
#define FORCE_NEW(TYPE, ARGUMENT, SOURCE) {TYPE, ARGUMENT, SOURCE},
#include "impact/ReplacementAttributes.def"
#undef FORCE_NEW
};

} // namespace

std::string_view replacementSource(std::string_view Type, std::string_view Argument) {
  for (const Row &R : Rows)
    if (R.Type == Type && R.Argument == Argument)
      return R.Source;
  return {};
}

bool hasReplacementRows(std::string_view Type) {
  for (const Row &R : Rows)
    if (R.Type == Type)
      return true;
  return false;
}

bool isStatefulTerraformType(std::string_view Type) {
  // The same families as the deletion-protection rules (semantic/TerraformDeletionProtection.cpp),
  // plus queues and DNS zones, whose loss is the loss of messages and records.
  static const RE2 Stateful(
      "aws_(db_instance|rds_cluster|rds_global_cluster|dynamodb_table|dynamodb_global_table|s3_bucket|efs_file_system|"
      "kms_key|ebs_volume|elasticache_(cluster|replication_group)|redshift_cluster|docdb_cluster|neptune_cluster|"
      "opensearch_domain|elasticsearch_domain|backup_vault|secretsmanager_secret|ecr_repository|fsx_.*|"
      "memorydb_cluster|timestreamwrite_database|qldb_ledger|keyspaces_table|glacier_vault|sqs_queue|"
      "route53_zone|kinesis_stream|msk_cluster)|"
      "google_(sql_database_instance|sql_database|storage_bucket|bigquery_(dataset|table)|spanner_(instance|database)|"
      "bigtable_(instance|table)|filestore_instance|kms_crypto_key|kms_key_ring|compute_disk|alloydb_cluster|"
      "redis_instance|firestore_database|pubsub_topic|pubsub_subscription|dns_managed_zone|container_cluster)|"
      "azurerm_(.*sql.*|storage_account|storage_container|cosmosdb_.*|key_vault|managed_disk|postgresql_.*|mysql_.*|"
      "mariadb_.*|redis_cache|recovery_services_vault|servicebus_queue|dns_zone|kubernetes_cluster)");
  return RE2::FullMatch(Type, Stateful);
}

} // namespace blastradius::impact
