# A local module for the sample: its input reaches the database's deletion_protection.
variable "protect" {
  type = bool
}

resource "aws_db_instance" "this" {
  identifier          = "sample"
  deletion_protection = var.protect
}
