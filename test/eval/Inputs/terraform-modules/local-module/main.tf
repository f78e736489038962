module "db" {
  source  = "./modules/db"
  protect = false
}
