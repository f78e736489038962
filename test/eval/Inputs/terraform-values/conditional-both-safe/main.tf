resource "aws_db_instance" "db" {
  deletion_protection = var.env == "prod" ? true : var.keep
}
variable "keep" {
  default = true
}
