variable "dp" {
  default = null
}
resource "aws_rds_cluster" "c" {
  deletion_protection = coalesce(var.dp, false)
}
