# RUN: %blastradius test %s

resource "aws_iam_role_policy_attachment" "ci_admin" {
  role = aws_iam_role.ci.name
  # ruleid: aws-iam-admin-policy-attached
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "deployer" {
  user = "deployer"
  # ruleid: aws-iam-admin-policy-attached
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/IAMFullAccess"
}

resource "aws_iam_group_policy_attachment" "devs" {
  group = aws_iam_group.devs.name
  # PowerUserAccess: reported as a warning.
  # ruleid: aws-iam-admin-policy-attached
  policy_arn = "arn:aws-us-gov:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_policy_attachment" "legacy" {
  name  = "legacy"
  roles = [aws_iam_role.a.name, aws_iam_role.b.name]
  # ruleid: aws-iam-admin-policy-attached
  policy_arn = format("arn:%s:iam::aws:policy/AdministratorAccess", data.aws_partition.current.partition)
}

resource "aws_iam_role" "lambda" {
  name               = "lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda.json
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    # ruleid: aws-iam-admin-policy-attached
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ]
}

resource "aws_ssoadmin_managed_policy_attachment" "admins" {
  instance_arn       = local.sso_instance_arn
  permission_set_arn = aws_ssoadmin_permission_set.admins.arn
  # ruleid: aws-iam-admin-policy-attached
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "each" {
  for_each = toset([
    # ruleid: aws-iam-admin-policy-attached
    "arn:aws:iam::aws:policy/AdministratorAccess",
    # ok: aws-iam-admin-policy-attached
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
  ])
  role       = aws_iam_role.ops.name
  policy_arn = each.value
}

# --- near misses ---------------------------------------------------------------------------------

resource "aws_iam_role_policy_attachment" "read_only" {
  role = aws_iam_role.ci.name
  # ok: aws-iam-admin-policy-attached
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_role_policy_attachment" "customer_named_like_admin" {
  role = aws_iam_role.ci.name
  # A customer managed policy (an account id, not "aws") with a confusing name.
  # ok: aws-iam-admin-policy-attached
  policy_arn = "arn:aws:iam::111122223333:policy/AdministratorAccessForBilling"
}

resource "aws_iam_role_policy_attachment" "amplify" {
  role = aws_iam_role.amplify.name
  # ok: aws-iam-admin-policy-attached
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess-Amplify"
}

resource "aws_iam_role_policy_attachment" "job_function" {
  role = aws_iam_role.billing.name
  # ok: aws-iam-admin-policy-attached
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}

resource "aws_iam_role_policy_attachment" "from_variable" {
  role = aws_iam_role.ci.name
  # ok: aws-iam-admin-policy-attached
  policy_arn = var.policy_arn
}

resource "aws_iam_policy" "named_admin" {
  # The name of a policy being created is not an attachment.
  # ok: aws-iam-admin-policy-attached
  name   = "AdministratorAccess"
  policy = data.aws_iam_policy_document.scoped.json
}

output "admin_arn" {
  # ok: aws-iam-admin-policy-attached
  value = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "concatenated" {
  name = "ops"
  managed_policy_arns = concat(var.extra_policy_arns, [
    # ruleid: aws-iam-admin-policy-attached
    "arn:aws:iam::aws:policy/AdministratorAccess",
  ])
}

resource "aws_iam_role_policy_attachment" "rewritten" {
  role = aws_iam_role.ci.name
  # Only list-building calls pass their arguments through.
  # ok: aws-iam-admin-policy-attached
  policy_arn = replace("arn:aws:iam::aws:policy/AdministratorAccess", "AdministratorAccess", "ReadOnlyAccess")
}
