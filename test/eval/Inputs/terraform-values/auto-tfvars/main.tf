resource "aws_s3_bucket" "b" {
  force_destroy = var.wipe
}
variable "wipe" {
  default = false
}
