locals {
  wipe = true
}
resource "aws_s3_bucket" "b" {
  force_destroy = "${local.wipe}"
}
