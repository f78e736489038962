resource "aws_lb" "main" {
  enable_deletion_protection = !var.no_deletion_protection
}
variable "no_deletion_protection" {
  default = true
}
