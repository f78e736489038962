# A local module for the sample: its input reaches the resource's skip_final_snapshot.
variable "throwaway" {
  type = bool
}

resource "aws_db_instance" "this" {
  identifier          = "sample"
  skip_final_snapshot = var.throwaway
}
