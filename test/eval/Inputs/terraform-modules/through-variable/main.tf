module "db" {
  source              = "terraform-aws-modules/rds/aws"
  deletion_protection = var.protect
}
variable "protect" {
  default = false
}
