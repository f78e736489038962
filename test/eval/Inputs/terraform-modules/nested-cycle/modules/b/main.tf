module "a" {
  source = "../a"
  keep   = var.keep
}

resource "aws_s3_bucket" "b" {
  force_destroy = !var.keep
}

variable "keep" {
  default = true
}
