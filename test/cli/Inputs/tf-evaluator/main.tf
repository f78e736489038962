resource "aws_lb" "sadcloud" {
  enable_deletion_protection = !var.no_deletion_protection
}

resource "aws_db_instance" "by_env" {
  deletion_protection = var.env == "prod" ? true : false
}

resource "aws_db_instance" "from_tfvars" {
  deletion_protection = var.protect_db
}

resource "aws_s3_bucket" "from_local" {
  force_destroy = local.cleanup
}

resource "aws_db_instance" "coalesced" {
  deletion_protection = coalesce(var.unset, false)
}

resource "aws_db_instance" "looked_up" {
  deletion_protection = true
  skip_final_snapshot = lookup(var.settings, "skip", true)
}

resource "aws_db_instance" "unknown" {
  deletion_protection = var.no_default
}

resource "aws_db_instance" "unknown_arm" {
  deletion_protection = var.flag ? var.no_default : true
}

resource "aws_db_instance" "safe_negation" {
  deletion_protection = !var.allow_delete
}

resource "aws_s3_bucket" "named" {
  bucket        = "logs-${var.env}"
  force_destroy = "${local.cleanup}"
}

module "db" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = false
  skip_final_snapshot = true
}

module "alb" {
  source                     = "terraform-aws-modules/alb/aws"
  version                    = "~> 9.0"
  enable_deletion_protection = false
}

module "bucket" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  force_destroy = var.cleanup_bucket
}

module "safe" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = true
}

module "other" {
  source              = "someone/rds/aws"
  deletion_protection = false
}

module "local_db" {
  source  = "./modules/db"
  protect = false
  keep    = false
}

module "local_safe" {
  source  = "./modules/db"
  protect = true
}

module "outside" {
  source  = "../../outside"
  protect = false
}
