resource "aws_db_instance" "this" {
  identifier          = var.name
  deletion_protection = var.protect
}
variable "name" {}
variable "protect" {
  default = true
}
