resource "aws_s3_bucket" "this" {
  force_destroy = !var.keep
}
variable "keep" {
  default = true
}
