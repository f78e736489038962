module "bucket" {
  source        = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0"
  force_destroy = true
}
