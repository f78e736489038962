module "db" {
  source  = "../db"
  protect = var.protect
  keep    = false
}

module "bucket" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  force_destroy = var.cleanup
}

variable "protect" {}

variable "cleanup" {
  default = false
}

variable "keep" {
  default = true
}
