module "next" {
  source  = "../d4"
  protect = var.protect
}

variable "protect" {
  default = true
}

resource "aws_s3_bucket" "three_down" {
  force_destroy = !var.protect
}
