resource "aws_db_instance" "db" {
  deletion_protection = var.env == "prod" ? true : false
}
