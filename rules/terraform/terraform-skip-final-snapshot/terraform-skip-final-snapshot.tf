# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  identifier = "orders"
  # ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "events" {
  cluster_identifier = "events"
  // ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

resource "aws_db_instance" "kept" {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot       = false
  final_snapshot_identifier = "kept-final"
}

resource "aws_db_instance" "computed" {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = var.is_ephemeral
}

locals {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

# What a query over this file's tree cannot see: module inputs. The terraform-aws-modules rds and
# rds-aurora registry modules pass skip_final_snapshot to their database, whatever the source's form.
module "orders_db" {
  source = "terraform-aws-modules/rds/aws"
  # ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

module "events_db" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-rds-aurora.git?ref=v9.0.0"
  # ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

module "kept_db" {
  source = "terraform-aws-modules/rds/aws"
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = false
}

module "elsewhere_db" {
  # Another publisher's module: its inputs are not known here.
  source = "example-corp/rds/aws"
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

# A local module whose input reaches a resource's skip_final_snapshot: reported at the input.
module "scratch_db" {
  source = "./Inputs/database"
  # ruleid: terraform-skip-final-snapshot
  throwaway = true
}

module "durable_db" {
  source = "./Inputs/database"
  # ok: terraform-skip-final-snapshot
  throwaway = false
}
