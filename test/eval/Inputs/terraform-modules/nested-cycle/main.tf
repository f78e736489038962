module "a" {
  source = "./modules/a"
  keep   = false
}
