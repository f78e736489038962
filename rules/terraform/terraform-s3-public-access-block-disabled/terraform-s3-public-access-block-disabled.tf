# RUN: %blastradius test %s

resource "aws_s3_bucket_public_access_block" "site" {
  bucket = aws_s3_bucket.site.id
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_acls = false
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_policy = false
  # ruleid: terraform-s3-public-access-block-disabled
  ignore_public_acls = false
  # ruleid: terraform-s3-public-access-block-disabled
  restrict_public_buckets = false
}

variable "pab_sample_block" {
  default = false
}

variable "pab_sample_unknown" {
  type = bool
}

resource "aws_s3_bucket_public_access_block" "through_variable" {
  bucket = aws_s3_bucket.logs.id
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_policy = var.pab_sample_block
  # ok: terraform-s3-public-access-block-disabled
  restrict_public_buckets = true
}

resource "aws_s3_bucket_public_access_block" "locked" {
  bucket = aws_s3_bucket.data.id
  # ok: terraform-s3-public-access-block-disabled
  block_public_acls = true
  # ok: terraform-s3-public-access-block-disabled
  block_public_policy = true
  # ok: terraform-s3-public-access-block-disabled
  ignore_public_acls = true
  # A variable with no default: the value is not known here.
  # ok: terraform-s3-public-access-block-disabled
  restrict_public_buckets = var.pab_sample_unknown
}

locals {
  pab_sample_public = false
}

variable "pab_sample_env" {
  type = string
}

resource "aws_s3_bucket_public_access_block" "through_local_and_conditional" {
  bucket = aws_s3_bucket.assets.id
  # ruleid: terraform-s3-public-access-block-disabled
  ignore_public_acls = local.pab_sample_public
  # One arm of the conditional is false.
  # ruleid: terraform-s3-public-access-block-disabled
  block_public_acls = var.pab_sample_env == "prod" ? true : false
  # Near miss: both arms are true.
  # ok: terraform-s3-public-access-block-disabled
  block_public_policy = var.pab_sample_env == "prod" ? true : true
  # Near miss: another resource's attribute, unknown until apply.
  # ok: terraform-s3-public-access-block-disabled
  restrict_public_buckets = aws_s3_bucket.assets.object_lock_enabled
}

# The attributes absent: the provider's defaults apply, nothing is written false here.
resource "aws_s3_bucket_public_access_block" "defaults" {
  # ok: terraform-s3-public-access-block-disabled
  bucket = aws_s3_bucket.other.id
}

# The same names on another resource type are not this setting.
resource "aws_s3_account_public_access_block" "account" {
  # ok: terraform-s3-public-access-block-disabled
  block_public_acls = false
}

resource "aws_s3_bucket" "named_like_it" {
  bucket = "public-access-block-disabled"
  # ok: terraform-s3-public-access-block-disabled
  force_destroy = false
}
