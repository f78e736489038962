# A local module for the sample: its input reaches the resource's backup_retention_period.
variable "retention_days" {
  type = number
}

resource "aws_db_instance" "this" {
  identifier              = "sample"
  backup_retention_period = var.retention_days
}
