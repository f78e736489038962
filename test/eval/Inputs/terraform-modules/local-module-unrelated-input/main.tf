module "db" {
  source = "./modules/db"
  name   = "false"
  protect = true
}
