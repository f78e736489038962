# RUN: %blastradius test %s

resource "aws_db_instance" "orders" {
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "google_sql_database_instance" "main" {
  name = "main"
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}

resource "aws_db_instance" "protected" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = true
}

resource "aws_lb" "front" {
  # A different attribute with its own rule later; not this one.
  # ok: terraform-deletion-protection-disabled
  enable_deletion_protection = true
}

resource "aws_db_instance" "conditional" {
  # ok: terraform-deletion-protection-disabled
  deletion_protection = var.env == "prod"
}

resource "aws_db_instance" "no_reason" {
  # A suppression without a reason does not suppress.
  # blastradius-ignore[terraform-deletion-protection-disabled]:
  # ruleid: terraform-deletion-protection-disabled
  deletion_protection = false
}
