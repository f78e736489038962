# RUN: %blastradius test %s

resource "aws_iam_policy" "power_user" {
  policy = jsonencode({
    Statement = [
      {
        Effect = "Allow"
        # ruleid: aws-iam-allow-not-action
        NotAction = ["iam:*", "organizations:*"]
        Resource  = "*"
      },
      {
        # NotAction in a Deny narrows: the usual "deny everything without MFA" guard.
        Effect = "Deny"
        # ok: aws-iam-allow-not-action
        NotAction = ["iam:ChangePassword", "sts:GetSessionToken"]
        Resource  = "*"
        Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
      },
      {
        Effect = "Allow"
        # ok: aws-iam-allow-not-action
        Action   = "s3:GetObject"
        Resource = "arn:aws:s3:::reports/*"
      },
    ]
  })
}

resource "aws_iam_role_policy" "heredoc" {
  role   = aws_iam_role.app.id
  policy = <<EOF
{
  "Statement": [{
    "Effect": "Allow",
    // ruleid: aws-iam-allow-not-action
    "NotAction": "iam:*",
    "Resource": "arn:aws:s3:::data/*"
  }, {
    "Effect": "Deny",
    // ok: aws-iam-allow-not-action
    "NotAction": "s3:GetObject",
    "Resource": "*"
  }]
}
EOF
}

data "aws_iam_policy_document" "everything_but_iam" {
  statement {
    # ruleid: aws-iam-allow-not-action
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
  statement {
    effect = "Deny"
    # ok: aws-iam-allow-not-action
    not_actions = ["iam:ChangePassword"]
    resources   = ["*"]
  }
  statement {
    effect = var.effect
    # ok: aws-iam-allow-not-action
    not_actions = ["iam:*"]
    resources   = ["*"]
  }
}

locals {
  # A key named NotAction outside a policy statement.
  # ok: aws-iam-allow-not-action
  labels = { NotAction = "iam:*", Effect = "Allow" }
}
