module "bucket" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  force_destroy = true
}
