module "back" {
  source  = "../loop"
  protect = var.protect
}

module "self" {
  source  = "./"
  protect = var.protect
}

variable "protect" {
  default = true
}
