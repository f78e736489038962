# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  identifier = "orders"
  # ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "events" {
  cluster_identifier = "events"
  // ruleid: terraform-skip-final-snapshot
  skip_final_snapshot = true
}

resource "aws_db_instance" "kept" {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot       = false
  final_snapshot_identifier = "kept-final"
}

resource "aws_db_instance" "computed" {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = var.is_ephemeral
}

locals {
  # ok: terraform-skip-final-snapshot
  skip_final_snapshot = true
}
