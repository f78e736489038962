module "next" {
  source  = "../d5"
  protect = var.protect
}

variable "protect" {
  default = true
}
