resource "aws_db_instance" "this" {
  deletion_protection = var.protect
}

variable "protect" {
  default = true
}
