variable "name" {
  type = string
}

variable "deletion_protection" {
  default = true
}

variable "skip_final_snapshot" {
  default = false
}

variable "logs_force_destroy" {
  default = false
}
