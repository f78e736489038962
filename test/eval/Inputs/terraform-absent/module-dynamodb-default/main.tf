# Recent versions of the module default deletion_protection_enabled to true.
module "table" {
  source   = "terraform-aws-modules/dynamodb-table/aws"
  name     = "sessions"
  hash_key = "id"
}
