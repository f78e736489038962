module "db" {
  source              = "../.."
  name                = "orders"
  deletion_protection = false
  logs_force_destroy  = true
}
