module "next" {
  source  = "../d2"
  protect = var.protect
}

variable "protect" {
  default = true
}
