variable "cfg" {
  default = {}
}
resource "aws_dynamodb_table" "t" {
  deletion_protection_enabled = try(var.cfg.protect, false)
}
