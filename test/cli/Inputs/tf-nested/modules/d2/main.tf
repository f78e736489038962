module "next" {
  source  = "../d3"
  protect = var.protect
}

variable "protect" {
  default = true
}
