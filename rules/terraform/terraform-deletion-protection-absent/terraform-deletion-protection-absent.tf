# RUN: %blastradius test %s

# ruleid: terraform-deletion-protection-absent
resource "aws_db_instance" "orders" {
  engine = "postgres"
}

# ruleid: terraform-deletion-protection-absent
resource "aws_rds_cluster" "aurora" {
  engine = "aurora-postgresql"
}

# ruleid: terraform-deletion-protection-absent
resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
}

# ruleid: terraform-deletion-protection-absent
resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
}

# ruleid: terraform-deletion-protection-absent
resource "aws_lb" "front" {
  internal = false
}

# ruleid: terraform-deletion-protection-absent
resource "aws_alb" "legacy" {
  internal = false
}

# ruleid: terraform-deletion-protection-absent
resource "aws_networkfirewall_firewall" "edge" {
  name = "edge"
}

# ruleid: terraform-deletion-protection-absent
resource "aws_dynamodb_table" "orders" {
  name = "orders"
}

# ruleid: terraform-deletion-protection-absent
resource "azurerm_key_vault" "secrets" {
  name = "secrets"
}

# Google protects these when the attribute is absent: not reported.
# ok: terraform-deletion-protection-absent
resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
}

# ok: terraform-deletion-protection-absent
resource "google_bigquery_table" "events" {
  table_id = "events"
}

# ok: terraform-deletion-protection-absent
resource "google_bigtable_instance" "wide" {
  name = "wide"
}

# Written at all: judged by its value, by the -disabled rule, never as absent.
# ok: terraform-deletion-protection-absent
resource "aws_db_instance" "protected" {
  deletion_protection = true
}

# ok: terraform-deletion-protection-absent
resource "aws_db_instance" "explicit_off" {
  deletion_protection = false
}

# ok: terraform-deletion-protection-absent
resource "aws_lb" "unknown" {
  enable_deletion_protection = var.protect
}

# A nested attribute of that name is not the resource's own protection... but the resource is then
# unprotected, so it is reported.
# ruleid: terraform-deletion-protection-absent
resource "aws_dynamodb_table" "tagged" {
  tags = { deletion_protection_enabled = "true" }
}

# Not stateful, not in the catalogue; a data source reads; a moved block is no resource.
# ok: terraform-deletion-protection-absent
resource "aws_db_subnet_group" "subnets" {
  name = "subnets"
}

# ok: terraform-deletion-protection-absent
data "aws_db_instance" "existing" {
  db_instance_identifier = "orders"
}

moved {
  from = aws_db_instance.old
  # ok: terraform-deletion-protection-absent
  to = aws_db_instance.orders
}

# Registry modules whose own default leaves the protection off.
# ruleid: terraform-deletion-protection-absent
module "orders_db" {
  source = "terraform-aws-modules/rds/aws"
  engine = "postgres"
}

# ruleid: terraform-deletion-protection-absent
module "aurora" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-rds-aurora.git?ref=v9.0.0"
}


# Written (whatever the value), a submodule with other inputs, a module that may create nothing,
# modules whose default depends on their version (alb, dynamodb-table), a module without such an input.
# ok: terraform-deletion-protection-absent
module "orders_db_protected" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = var.protect
}

# ok: terraform-deletion-protection-absent
module "subnets" {
  source = "terraform-aws-modules/rds/aws//modules/db_subnet_group"
}

# ok: terraform-deletion-protection-absent
module "maybe_db" {
  source             = "terraform-aws-modules/rds/aws"
  create_db_instance = var.enabled
}

# Recent dynamodb-table versions default deletion_protection_enabled to true.
# ok: terraform-deletion-protection-absent
module "sessions" {
  source = "terraform-aws-modules/dynamodb-table/aws"
}

# ok: terraform-deletion-protection-absent
module "front" {
  source = "terraform-aws-modules/alb/aws"
}

# ok: terraform-deletion-protection-absent
module "assets" {
  source = "terraform-aws-modules/s3-bucket/aws"
}

# ok: terraform-deletion-protection-absent
module "someone_elses_db" {
  source = "someone/rds/aws"
}

# ok: terraform-deletion-protection-absent
module "replica_cluster" {
  source         = "terraform-aws-modules/rds-aurora/aws"
  create_cluster = false
}
