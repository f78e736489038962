module "bucket" {
  source = "./modules/bucket"
  keep   = false
}
