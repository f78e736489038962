resource "aws_db_instance" "this" {
  deletion_protection = var.protect
  skip_final_snapshot = !var.keep
}

variable "protect" {
  default = true
}

variable "keep" {
  default = true
}
