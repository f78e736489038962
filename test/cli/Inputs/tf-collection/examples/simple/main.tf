module "db" {
  source = "../../"
  name   = "simple"
}

module "bucket" {
  source        = "../../modules/bucket"
  force_destroy = true
}
