module "eks" {
  source                                 = "terraform-aws-modules/eks/aws"
  deletion_protection                    = true
  kms_key_deletion_window_in_days        = 7
  cloudwatch_log_group_retention_in_days = 0
}
