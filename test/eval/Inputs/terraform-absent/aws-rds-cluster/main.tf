resource "aws_rds_cluster" "x" {
  name = "x"
}
