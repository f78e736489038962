module "subnets" {
  source = "terraform-aws-modules/rds/aws//modules/db_subnet_group"
  name   = "db"
}

module "front" {
  source = "terraform-aws-modules/alb/aws"
}
