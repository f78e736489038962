resource "aws_s3_bucket" "data" {
  bucket        = "prod-data"
  force_destroy = var.allow_destroy
}

resource "aws_db_instance" "orders" {
  backup_retention_period = var.keep_backups_days
  deletion_protection     = var.protect
}

resource "aws_s3_bucket" "broken" {
  bucket = "x" +
}

resource "aws_s3_bucket" "after_the_error" {
  force_destroy = true
}
