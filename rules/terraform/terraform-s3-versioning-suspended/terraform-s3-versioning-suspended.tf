# RUN: %blastradius test %s

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = "Suspended"
  }
}

resource "aws_s3_bucket_versioning" "disabled" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = "Disabled"
  }
}

resource "aws_s3_bucket_versioning" "enabled" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ok: terraform-s3-versioning-suspended
    status = "Enabled"
  }
}

# Through a variable whose default suspends versioning.
resource "aws_s3_bucket_versioning" "from_variable" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = var.versioning_status
  }
}

variable "versioning_status" {
  type    = string
  default = "Suspended"
}

# A variable whose default keeps versioning on.
resource "aws_s3_bucket_versioning" "from_enabled_variable" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ok: terraform-s3-versioning-suspended
    status = var.versioning_status_on
  }
}

variable "versioning_status_on" {
  default = "Enabled"
}

# A variable without a default: unknown until apply, not a guess.
resource "aws_s3_bucket_versioning" "unknown" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ok: terraform-s3-versioning-suspended
    status = var.versioning_status_unset
  }
}

variable "versioning_status_unset" {
  type = string
}

# Either arm of a conditional whose condition is not a literal.
resource "aws_s3_bucket_versioning" "conditional" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = var.environment == "prod" ? "Enabled" : "Suspended"
  }
}

# Another attribute of the block with a similar word: not the status.
resource "aws_s3_bucket_versioning" "mfa" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ok: terraform-s3-versioning-suspended
    status = "Enabled"
    # ok: terraform-s3-versioning-suspended
    mfa_delete = "Disabled"
  }
}

# A status attribute outside versioning_configuration is something else.
resource "aws_s3_bucket_lifecycle_configuration" "rules" {
  bucket = aws_s3_bucket.data.id
  rule {
    id = "expire"
    # ok: terraform-s3-versioning-suspended
    status = "Disabled"
  }
}

# The older inline form on the bucket itself.
resource "aws_s3_bucket" "inline_off" {
  bucket = "inline-off"
  versioning {
    # ruleid: terraform-s3-versioning-suspended
    enabled = false
  }
}

resource "aws_s3_bucket" "inline_off_variable" {
  bucket = "inline-off-variable"
  versioning {
    # ruleid: terraform-s3-versioning-suspended
    enabled = var.keep_versions
  }
}

variable "keep_versions" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "inline_on" {
  bucket = "inline-on"
  versioning {
    # ok: terraform-s3-versioning-suspended
    enabled = true
  }
}

# A bucket without any versioning configuration: not judged here.
# ok: terraform-s3-versioning-suspended
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

# A data source reads a bucket, it does not configure it.
data "aws_s3_bucket_versioning" "read" {
  bucket = "data"
  versioning_configuration {
    # ok: terraform-s3-versioning-suspended
    status = "Suspended"
  }
}

resource "aws_s3_bucket_versioning" "suppressed" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # blastradius-ignore[terraform-s3-versioning-suspended]: scratch bucket, objects are rebuilt from source
    # ok: terraform-s3-versioning-suspended
    status = "Suspended"
  }
}

# Through a local, and interpolated into a string.
locals {
  logs_versioning = "Disabled"
}

resource "aws_s3_bucket_versioning" "from_local" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = local.logs_versioning
  }
}

resource "aws_s3_bucket_versioning" "interpolated" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: terraform-s3-versioning-suspended
    status = "${var.versioning_status}"
  }
}

# A versioning block that does not write enabled: not judged (the near miss of the inline form).
resource "aws_s3_bucket" "inline_mfa_only" {
  bucket = "inline-mfa-only"
  versioning {
    # ok: terraform-s3-versioning-suspended
    mfa_delete = false
  }
}
