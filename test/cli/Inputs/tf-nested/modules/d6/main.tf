module "next" {
  source  = "../d7"
  protect = var.protect
}

variable "protect" {
  default = true
}
