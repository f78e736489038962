resource "aws_db_subnet_group" "x" {
  name = "x"
}
