resource "aws_db_instance" "seven_down" {
  deletion_protection = var.protect
}

variable "protect" {
  default = true
}
