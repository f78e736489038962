resource "aws_db_instance" "db" {
  deletion_protection = var.protect
}
variable "protect" {
  default = false
}
