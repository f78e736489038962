resource "aws_lb" "main" {
  enable_deletion_protection = !var.allow_delete
}
variable "allow_delete" {
  default = false
}
