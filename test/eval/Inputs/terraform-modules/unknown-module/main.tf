module "db" {
  source              = "example/rds/aws"
  deletion_protection = false
}
