# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  # ruleid: terraform-backup-retention-disabled
  backup_retention_period = 0
}

resource "aws_rds_cluster" "from_variable" {
  # ruleid: terraform-backup-retention-disabled
  backup_retention_period = var.br_sample_days
}

variable "br_sample_days" {
  default = 0
}

resource "aws_db_instance" "week" {
  # ok: terraform-backup-retention-disabled
  backup_retention_period = 7
}

resource "aws_db_instance" "ten" {
  # Not zero, merely ending in one.
  # ok: terraform-backup-retention-disabled
  backup_retention_period = 10
}

resource "aws_db_instance" "default" {
  # ok: terraform-backup-retention-disabled
  backup_retention_period = var.br_sample_unset
}

variable "br_sample_unset" {
  type = number
}

resource "aws_db_instance" "computed" {
  # Either arm may be the value: outside prod it is 0 (the message says so).
  # ruleid: terraform-backup-retention-disabled
  backup_retention_period = var.env == "prod" ? 30 : 0
}

resource "aws_elasticache_cluster" "other_attribute" {
  # A different attribute that only looks alike.
  # ok: terraform-backup-retention-disabled
  snapshot_retention_limit = 0
}

variable "br_sample_doc" {
  # The variable's own default is not a resource setting.
  # ok: terraform-backup-retention-disabled
  default = 0
}

# What a query over this file's tree cannot see: module inputs. The terraform-aws-modules rds and
# rds-aurora registry modules pass backup_retention_period to their database.
module "orders_db" {
  source = "terraform-aws-modules/rds/aws"
  # ruleid: terraform-backup-retention-disabled
  backup_retention_period = 0
}

module "kept_db" {
  source = "terraform-aws-modules/rds-aurora/aws"
  # ok: terraform-backup-retention-disabled
  backup_retention_period = 14
}

module "elsewhere_db" {
  # Another publisher's module: its inputs are not known here.
  source = "example-corp/rds/aws"
  # ok: terraform-backup-retention-disabled
  backup_retention_period = 0
}

# A local module whose input reaches a resource's backup_retention_period: reported at the input.
module "scratch_db" {
  source = "./Inputs/database"
  # ruleid: terraform-backup-retention-disabled
  retention_days = 0
}

module "durable_db" {
  source = "./Inputs/database"
  # ok: terraform-backup-retention-disabled
  retention_days = 7
}
