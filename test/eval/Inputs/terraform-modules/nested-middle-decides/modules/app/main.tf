# The middle module ignores its protect input and always protects.
module "db" {
  source  = "../db"
  protect = true
}

variable "protect" {
  default = true
}
