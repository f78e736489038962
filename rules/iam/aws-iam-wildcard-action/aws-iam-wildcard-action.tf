# RUN: %blastradius test %s

# --- jsonencode(...) objects ---------------------------------------------------------------------

resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      # ruleid: aws-iam-wildcard-action
      Action   = "*"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "service_wide" {
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-action
        Action   = ["s3:GetObject", "s3:*"]
        Resource = ["*"]
      },
      {
        # A Deny never widens anything.
        Effect = "Deny"
        # ok: aws-iam-wildcard-action
        Action   = "*"
        Resource = "*"
      },
      {
        # EC2's Describe actions are authorised on "*" only: nothing narrower can be written.
        Effect = "Allow"
        # ok: aws-iam-wildcard-action
        Action   = ["ec2:Describe*", "iam:List*", "sts:GetCallerIdentity"]
        Resource = "*"
      },
      {
        # A read-only wildcard on one bucket.
        Effect = "Allow"
        # ok: aws-iam-wildcard-action
        Action   = ["s3:Get*", "s3:List*"]
        Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
      },
      {
        # Every s3 action, but on one bucket only: still every delete of it (the lower level).
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-action
        Action   = "s3:*"
        Resource = "arn:aws:s3:::scratch/*"
      },
      {
        # Narrowed by a condition on the resource's tag.
        Effect = "Allow"
        # ok: aws-iam-wildcard-action
        Action   = "ec2:*"
        Resource = "*"
        Condition = {
          StringEquals = { "aws:ResourceTag/team" = "payments" }
        }
      },
      {
        # A computed action is not a literal wildcard.
        Effect = "Allow"
        # ok: aws-iam-wildcard-action
        Action   = "${var.service}:*"
        Resource = "*"
      },
      {
        # One named action on "*" is not a wildcard.
        Effect = "Allow"
        # ok: aws-iam-wildcard-action
        Action   = "s3:ListAllMyBuckets"
        Resource = "*"
      },
      {
        # A condition on how the call is made (TLS) narrows nothing.
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-action
        Action   = "dynamodb:*"
        Resource = "*"
        Condition = {
          Bool = { "aws:SecureTransport" = "true" }
        }
      },
    ]
  })
}

locals {
  # A policy kept in a local is judged where it is written.
  deploy_policy = jsonencode({
    Statement = {
      Effect = "Allow"
      # ruleid: aws-iam-wildcard-action
      Action      = "*:*"
      NotResource = "arn:aws:iam::*:role/break-glass"
    }
  })
  # ok: aws-iam-wildcard-action
  not_a_policy = { Action = "*", Resource = "*" }
}

# --- partial and read-only wildcards ----------------------------------------------------------------

resource "aws_iam_policy" "partial" {
  policy = jsonencode({
    Statement = [
      {
        Effect = "Allow"
        # Write-capable partial wildcard: reported as a warning.
        # ruleid: aws-iam-wildcard-action
        Action   = "s3:Delete*"
        Resource = "*"
      },
      {
        Effect = "Allow"
        # Read-only wildcard on "*": reported as a note.
        # ruleid: aws-iam-wildcard-action
        Action   = "s3:Get*"
        Resource = "*"
      },
    ]
  })
}

# --- JSON heredocs ------------------------------------------------------------------------------------

resource "aws_iam_role_policy" "heredoc" {
  role   = aws_iam_role.app.id
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // ruleid: aws-iam-wildcard-action
      "Action": "iam:*",
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      // ok: aws-iam-wildcard-action
      "Action": "s3:*",
      "Resource": "${aws_s3_bucket.data.arn}/*"
    }
  ]
}
EOF
}

resource "aws_iam_user_policy" "indented_heredoc" {
  user   = aws_iam_user.ci.name
  policy = <<-POLICY
    {
      "Statement": {
        "Effect": "Allow",
        // ruleid: aws-iam-wildcard-action
        "Action": ["lambda:*"], "Resource": ["*"]
      }
    }
  POLICY
}

resource "aws_instance" "web" {
  ami = "ami-123"
  # A heredoc that is not JSON is skipped, even when it mentions a Statement.
  user_data = <<EOF
{ echo "Statement"; echo "Effect Allow"; } > /tmp/notes
# ok: aws-iam-wildcard-action
echo '"Action": "*", "Resource": "*"'
EOF
}

# --- file(...) -------------------------------------------------------------------------------------------

resource "aws_iam_policy" "from_file" {
  # ruleid: aws-iam-wildcard-action
  policy = file("Inputs/admin-policy.json")
}

resource "aws_iam_policy" "from_module_file" {
  # ruleid: aws-iam-wildcard-action
  policy = file("${path.module}/Inputs/admin-policy.json")
}

resource "aws_iam_policy" "from_scoped_file" {
  # ok: aws-iam-wildcard-action
  policy = file("Inputs/scoped-policy.json")
}

resource "aws_iam_policy" "missing_file" {
  # ok: aws-iam-wildcard-action
  policy = file("Inputs/no-such-policy.json")
}

# --- nested blocks ------------------------------------------------------------------------------------------

resource "aws_iam_role" "inline" {
  name               = "inline"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  inline_policy {
    name = "everything"
    policy = jsonencode({
      Statement = [{
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-action
        Action   = ["*"]
        Resource = "*"
      }]
    })
  }
}

# --- data "aws_iam_policy_document" -----------------------------------------------------------------------

data "aws_iam_policy_document" "ci" {
  statement {
    # effect defaults to Allow
    # ruleid: aws-iam-wildcard-action
    actions   = ["cloudformation:*", "iam:PassRole"]
    resources = ["*"]
  }
  statement {
    effect = "Deny"
    # ok: aws-iam-wildcard-action
    actions   = ["*"]
    resources = ["*"]
  }
  statement {
    # ok: aws-iam-wildcard-action
    actions   = ["ec2:Describe*", "logs:DescribeLogGroups", "xray:PutTraceSegments", "ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    # ok: aws-iam-wildcard-action
    actions   = ["ec2:*"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/env"
      values   = ["dev"]
    }
  }
  statement {
    # A computed effect is not known to be Allow.
    effect = var.effect
    # ok: aws-iam-wildcard-action
    actions   = ["*"]
    resources = ["*"]
  }
}

# --- resource policies: Resource "*" means "this resource" ---------------------------------------------

resource "aws_kms_key" "app" {
  policy = jsonencode({
    Statement = [{
      Sid       = "AccountRoot"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      # ok: aws-iam-wildcard-action
      Action   = "kms:*"
      Resource = "*"
    }]
  })
}

# --- JSON in a quoted string --------------------------------------------------------------------------------

resource "aws_iam_policy" "escaped" {
  # Escaped JSON: reported on the string.
  # ruleid: aws-iam-wildcard-action
  policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"
}

resource "aws_ssm_parameter" "note" {
  name = "note"
  type = "String"
  # ok: aws-iam-wildcard-action
  value = "{ Statement: grant Action * on Resource * } is not JSON"
}

# --- wildcards on named resources, and ARNs that name every resource ----------------------------------------

resource "aws_iam_policy" "one_bucket" {
  policy = jsonencode({
    Statement = [{
      Effect = "Allow"
      # A full wildcard on one bucket still includes its deletes: reported, at the lower level.
      # ruleid: aws-iam-wildcard-action
      Action   = "s3:*"
      Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }]
  })
}

resource "aws_iam_policy" "every_log_group" {
  policy = jsonencode({
    Statement = [{
      Effect = "Allow"
      # Wildcard region and account: every log group of every account the holder reaches.
      # ruleid: aws-iam-wildcard-action
      Action   = "logs:*"
      Resource = "arn:aws:logs:*:*:*"
    }]
  })
}

resource "aws_iam_policy" "named_partial" {
  policy = jsonencode({
    Statement = [{
      Effect = "Allow"
      # A partial wildcard on a named resource is not judged.
      # ok: aws-iam-wildcard-action
      Action   = "s3:Put*"
      Resource = "arn:aws:s3:::reports/*"
    }]
  })
}

resource "aws_iam_policy" "deny_named" {
  policy = jsonencode({
    Statement = [{
      Effect = "Deny"
      # ok: aws-iam-wildcard-action
      Action   = "s3:*"
      Resource = "arn:aws:s3:::reports/*"
    }]
  })
}

resource "aws_iam_policy" "one_log_group" {
  policy = jsonencode({
    Statement = [{
      Effect = "Allow"
      # A named log group in any region is still one log group: the lower level, not account-wide.
      # ruleid: aws-iam-wildcard-action
      Action   = "logs:*"
      Resource = "arn:aws:logs:*:*:log-group:/app/orders:*"
    }]
  })
}
