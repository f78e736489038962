module "db" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = false
}
