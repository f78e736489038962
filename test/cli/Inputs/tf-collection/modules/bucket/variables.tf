variable "bucket" {
  default = "logs"
}

variable "force_destroy" {
  default = false
}
