module "b" {
  source = "../b"
  keep   = var.keep
}

variable "keep" {
  default = true
}
