module "next" {
  source  = "../d6"
  protect = var.protect
}

variable "protect" {
  default = true
}
