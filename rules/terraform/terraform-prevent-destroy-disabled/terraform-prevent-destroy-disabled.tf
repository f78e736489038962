# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  lifecycle {
    # ruleid: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_s3_bucket" "artifacts" {
  lifecycle {
    # ruleid: terraform-prevent-destroy-disabled
    prevent_destroy = var.pd_sample_protect
  }
}

variable "pd_sample_protect" {
  default = false
}

resource "aws_db_instance" "protected" {
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = true
  }
}

resource "aws_instance" "stateless" {
  lifecycle {
    # A web server holds no data: false is the default and says nothing.
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_dynamodb_table" "no_lifecycle_flag" {
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    ignore_changes = [read_capacity]
  }
}

resource "aws_s3_bucket_policy" "not_the_bucket" {
  # The policy of a bucket is not the bucket.
  lifecycle {
    # ok: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "google_sql_database_instance" "main" {
  lifecycle {
    # ruleid: terraform-prevent-destroy-disabled
    prevent_destroy = false
  }
}

resource "aws_db_instance" "misplaced" {
  # Outside lifecycle it is not the meta-argument.
  # ok: terraform-prevent-destroy-disabled
  prevent_destroy = false
}
