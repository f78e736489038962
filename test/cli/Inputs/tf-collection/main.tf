resource "aws_db_instance" "this" {
  identifier          = var.name
  deletion_protection = var.deletion_protection
  skip_final_snapshot = var.skip_final_snapshot
}

module "logs" {
  source        = "./modules/bucket"
  force_destroy = var.logs_force_destroy
}
