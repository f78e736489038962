# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "google_sql_database_instance" "main" {
  name = "main"
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_db_instance" "protected" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = true
}

resource "aws_lb" "front" {
  # A different attribute with its own rule later; not this one.
  # ok: terraform-deletion-protection-disabled
  enable_deletion_protection = true
}

resource "aws_db_instance" "conditional" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = var.env == "prod"
}

resource "aws_db_instance" "no_reason" {
  # A suppression without a reason does not suppress.
  # blastradius-ignore[terraform-deletion-protection-disabled]:
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_lb" "public" {
  # ruleid: terraform-deletion-protection-disabled
  enable_deletion_protection = false
}

resource "aws_dynamodb_table" "orders" {
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection_enabled = false
}

resource "google_sql_database_instance" "nested" {
  settings {
    # Nested blocks count too.
    # ruleid: terraform-deletion-protection-disabled
    deletion_protection_enabled = false
  }
}

resource "aws_db_instance" "from_variable" {
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = var.dp_sample_protect
}

variable "dp_sample_protect" {
  type    = bool
  default = false
}

resource "aws_db_instance" "from_true_variable" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = var.dp_sample_keep
}

variable "dp_sample_keep" {
  default = true
}

resource "aws_db_instance" "interpolated" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = "${var.dp_sample_keep}"
}

data "aws_db_instance" "lookup" {
  # A data source reads, it does not own the resource.
  # ok: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_db_instance" "in_tags" {
  # ok: terraform-deletion-protection-disabled
  tags = { deletion_protection = "false" }
}

# The eks registry module (v21) passes deletion_protection to aws_eks_cluster.this.
module "cluster" {
  source  = "terraform-aws-modules/eks/aws"
  version = "~> 21.0"
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

module "cluster_protected" {
  source = "terraform-aws-modules/eks/aws"
  # ok: terraform-deletion-protection-disabled
  deletion_protection = true
  # A KMS waiting period and a log retention are no deletion protection.
  # ok: terraform-deletion-protection-disabled
  kms_key_deletion_window_in_days = 7
  # ok: terraform-deletion-protection-disabled
  cloudwatch_log_group_retention_in_days = 0
}

module "cluster_elsewhere" {
  # Another publisher's eks module: its inputs are not known here.
  source = "cloudposse/eks-cluster/aws"
  # ok: terraform-deletion-protection-disabled
  deletion_protection = false
}

# A local module whose input reaches a resource's deletion_protection: reported at the input (a
# query over this file's tree cannot see it).
module "scratch_db" {
  source = "./Inputs/database"
  # ruleid: terraform-deletion-protection-disabled
  protect = false
}

module "durable_db" {
  source = "./Inputs/database"
  # ok: terraform-deletion-protection-disabled
  protect = true
}
