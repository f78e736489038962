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
  # A variable is judged by a later rule (its default); the literal rule must not guess.
  # ok: terraform-force-destroy-enabled
  force_destroy = var.force_destroy
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
