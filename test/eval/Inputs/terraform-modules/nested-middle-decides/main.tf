module "app" {
  source  = "./modules/app"
  protect = false
}
