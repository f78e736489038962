resource "aws_s3_bucket" "g" {
  force_destroy = true
}
