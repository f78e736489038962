module "app" {
  source     = "./modules/app"
  throwaway  = true
}
