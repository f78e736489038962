resource "aws_s3_bucket" "b" {
  force_destroy = aws_ssm_parameter.flag.value
}
