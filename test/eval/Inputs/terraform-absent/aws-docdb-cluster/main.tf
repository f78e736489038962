resource "aws_docdb_cluster" "x" {
  name = "x"
}
