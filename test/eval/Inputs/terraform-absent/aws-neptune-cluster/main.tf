resource "aws_neptune_cluster" "x" {
  name = "x"
}
