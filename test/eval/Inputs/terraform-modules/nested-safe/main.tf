module "app" {
  source  = "./modules/app"
  protect = true
}
