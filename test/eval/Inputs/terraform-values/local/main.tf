locals {
  skip = true
}
resource "aws_db_instance" "db" {
  deletion_protection = true
  skip_final_snapshot = local.skip
}
