module "alb" {
  source                     = "terraform-aws-modules/alb/aws"
  enable_deletion_protection = false
}
