module "db" {
  source  = "../db"
  protect = var.protect
}

variable "protect" {
  default = true
}
