; `lifecycle { prevent_destroy = ... }` on a resource whose type holds data; the judge
; (terraform-value-false) reports it when the value can be false, literally or through variables.
; On a stateless resource false is the default and says nothing: the type list below is the one
; place that says which resources hold data (an S3 bucket does, its policy does not).
(block
  (identifier) @_block
  (string_lit (template_literal) @_type)
  (string_lit (template_literal) @_name)
  (body
    (block
      (identifier) @_lifecycle
      (body
        (attribute (identifier) @_attribute) @finding)))
  (#eq? @_block "resource")
  (#eq? @_lifecycle "lifecycle")
  (#eq? @_attribute "prevent_destroy")
  (#match? @_type "^(aws_(db_instance|rds_cluster|rds_global_cluster|dynamodb_table|dynamodb_global_table|s3_bucket|efs_file_system|kms_key|ebs_volume|elasticache_(cluster|replication_group)|redshift_cluster|docdb_cluster|neptune_cluster|opensearch_domain|elasticsearch_domain|backup_vault|secretsmanager_secret|ecr_repository|fsx_.*|memorydb_cluster|timestreamwrite_database|qldb_ledger|keyspaces_table|glacier_vault)|google_(sql_database_instance|sql_database|storage_bucket|bigquery_(dataset|table)|spanner_(instance|database)|bigtable_(instance|table)|filestore_instance|kms_crypto_key|compute_disk|alloydb_cluster|redis_instance|firestore_database)|azurerm_(.*sql.*|storage_account|cosmosdb_.*|key_vault|managed_disk|postgresql_.*|mysql_.*|mariadb_.*|redis_cache|recovery_services_vault))$"))
