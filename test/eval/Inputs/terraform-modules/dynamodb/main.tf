module "table" {
  source                      = "terraform-aws-modules/dynamodb-table/aws"
  deletion_protection_enabled = false
}
