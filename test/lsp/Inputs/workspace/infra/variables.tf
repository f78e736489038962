variable "allow_destroy" {
  type    = bool
  default = true
}

variable "keep_backups_days" {
  default = 0
}

variable "protect" {
  default = true
}
