module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "~> 6.0"
  engine  = "postgres"
}
