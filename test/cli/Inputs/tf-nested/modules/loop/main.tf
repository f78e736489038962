module "again" {
  source  = "../loop2"
  protect = var.protect
}

resource "aws_s3_bucket" "b" {
  force_destroy = !var.protect
}

variable "protect" {
  default = true
}
