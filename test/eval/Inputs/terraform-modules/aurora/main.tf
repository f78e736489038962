module "aurora" {
  source              = "terraform-aws-modules/rds-aurora/aws"
  version             = "~> 9.0"
  deletion_protection = false
}
