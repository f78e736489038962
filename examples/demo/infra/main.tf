resource "aws_s3_bucket" "artifacts" {
  bucket        = "orders-artifacts"
  force_destroy = true
}

resource "aws_db_instance" "orders" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.medium"
  skip_final_snapshot = true
  deletion_protection = false
}

resource "aws_db_instance" "billing" {
  identifier                = "billing"
  engine                    = "postgres"
  instance_class            = "db.t3.medium"
  skip_final_snapshot       = false
  final_snapshot_identifier = "billing-final"
  deletion_protection       = true
}

resource "aws_s3_bucket" "ci_scratch" {
  bucket = "orders-ci-scratch"
  # blastradius-ignore[terraform-force-destroy-enabled]: scratch bucket for CI runs, holds nothing we keep
  force_destroy = true
}
