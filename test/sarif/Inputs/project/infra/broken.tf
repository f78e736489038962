resource "aws_s3_bucket" "broken" {
  bucket = "x"
  force_destroy = 
