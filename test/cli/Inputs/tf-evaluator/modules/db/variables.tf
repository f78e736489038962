variable "protect" {
  default = true
}

variable "keep" {
  default = true
}
