# RUN: %blastradius test %s

resource "aws_s3_bucket" "logs" {
  bucket = "prod-logs"
  # ruleid: terraform-force-destroy-enabled
  force_destroy = true
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
  # ruleid: terraform-force-destroy-enabled
  force_destroy   =   true
}

resource "aws_s3_bucket" "safe_explicit" {
  bucket = "prod-data"
  # ok: terraform-force-destroy-enabled
  force_destroy = false
}

resource "aws_s3_bucket" "from_variable" {
  bucket = "prod-data"
  # The variable's default in this module is true: as risky as the literal.
  # ruleid: terraform-force-destroy-enabled
  force_destroy = var.force_destroy
}

resource "aws_s3_bucket" "from_safe_variable" {
  # Its default is false.
  # ok: terraform-force-destroy-enabled
  force_destroy = var.fd_sample_cleanup_allowed
}

resource "aws_s3_bucket" "from_required_variable" {
  # No default: the caller decides, nothing to judge here.
  # ok: terraform-force-destroy-enabled
  force_destroy = var.fd_sample_required
}

resource "aws_s3_bucket" "from_conditional" {
  # ok: terraform-force-destroy-enabled
  force_destroy = var.env != "prod"
}

resource "aws_s3_bucket" "from_local" {
  # ok: terraform-force-destroy-enabled
  force_destroy = local.fd_sample_flag
}

resource "aws_s3_bucket" "quoted_true" {
  # Terraform converts the string "true" to the boolean.
  # ruleid: terraform-force-destroy-enabled
  force_destroy = "true"
}

variable "fd_sample_cleanup_allowed" {
  default = false
}

variable "fd_sample_required" {
  type = bool
}

locals {
  # ok: terraform-force-destroy-enabled
  force_destroy = true
}

resource "aws_s3_bucket" "string_not_bool" {
  # ok: terraform-force-destroy-enabled
  tags = { force_destroy = "true" }
}

variable "force_destroy" {
  # Not a resource: a variable's own attributes are not the safety catch.
  # ok: terraform-force-destroy-enabled
  default = true
}

module "bucket" {
  source = "./bucket"
  # ok: terraform-force-destroy-enabled
  force_destroy = true
}

resource "aws_s3_bucket" "suppressed" {
  # blastradius-ignore[terraform-force-destroy-enabled]: throwaway CI fixture bucket, emptied by design
  # ok: terraform-force-destroy-enabled
  force_destroy = true
}

# What a query over this file's tree cannot see: module inputs. The terraform-aws-modules s3-bucket
# registry module passes force_destroy to its bucket.
module "assets" {
  source = "terraform-aws-modules/s3-bucket/aws"
  # ruleid: terraform-force-destroy-enabled
  force_destroy = true
}

module "assets_kept" {
  source = "terraform-aws-modules/s3-bucket/aws"
  # ok: terraform-force-destroy-enabled
  force_destroy = false
}

# A local module whose input reaches a bucket's force_destroy: reported at the input.
module "scratch_bucket" {
  source = "./Inputs/bucket"
  # ruleid: terraform-force-destroy-enabled
  disposable = true
}

module "kept_bucket" {
  source = "./Inputs/bucket"
  # ok: terraform-force-destroy-enabled
  disposable = false
}
