module "db" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = true
  skip_final_snapshot = false
}
