module "eks" {
  source              = "terraform-aws-modules/eks/aws"
  version             = "~> 21.0"
  name                = "main"
  deletion_protection = false
}
