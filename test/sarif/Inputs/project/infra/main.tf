resource "aws_s3_bucket" "logs" {
  bucket        = "prod-logs"
  force_destroy = true
}

resource "aws_s3_bucket" "scratch" {
  bucket = "ci-scratch"
  # blastradius-ignore[terraform-force-destroy-enabled]: scratch bucket is recreated by every CI run
  force_destroy = true
}
