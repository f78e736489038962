variable "no_deletion_protection" {
  default = true
}

variable "env" {
  default = "dev"
}

variable "protect_db" {
  default = true
}

variable "unset" {
  default = null
}

variable "settings" {
  default = {}
}

variable "no_default" {
  type = bool
}

variable "flag" {
  type = bool
}

variable "allow_delete" {
  default = false
}

variable "cleanup_bucket" {
  default = false
}
