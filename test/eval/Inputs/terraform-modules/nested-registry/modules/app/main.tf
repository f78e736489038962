module "db" {
  source              = "terraform-aws-modules/rds/aws"
  skip_final_snapshot = var.throwaway
}

variable "throwaway" {
  default = false
}
