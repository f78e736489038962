resource "aws_db_instance" "db" {
  deletion_protection = true ? true : false
}
