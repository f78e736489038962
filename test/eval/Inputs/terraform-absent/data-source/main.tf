data "aws_db_instance" "x" {
  db_instance_identifier = "x"
}
