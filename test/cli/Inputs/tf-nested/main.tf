module "app" {
  source  = "./modules/app"
  protect = false
  cleanup = true
  keep    = true
}

module "safe" {
  source  = "./modules/app"
  protect = true
  cleanup = false
  keep    = true
}

module "loop" {
  source  = "./modules/loop"
  protect = false
}

module "deep" {
  source  = "./modules/d1"
  protect = false
}
