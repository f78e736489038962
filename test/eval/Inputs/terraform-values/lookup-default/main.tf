variable "opts" {
  default = {}
}
resource "aws_s3_bucket" "b" {
  force_destroy = lookup(var.opts, "force_destroy", true)
}
