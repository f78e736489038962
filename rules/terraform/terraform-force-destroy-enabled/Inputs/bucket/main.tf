# A local module for the sample: its input reaches the bucket's force_destroy.
variable "disposable" {
  type = bool
}

resource "aws_s3_bucket" "this" {
  bucket        = "sample"
  force_destroy = var.disposable
}
