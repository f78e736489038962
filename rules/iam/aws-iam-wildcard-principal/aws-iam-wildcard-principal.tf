# RUN: %blastradius test %s

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-principal
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.site.arn}/*"
      },
      {
        # The usual TLS guard: a Deny for everyone.
        Effect = "Deny"
        # ok: aws-iam-wildcard-principal
        Principal = "*"
        Action    = "s3:*"
        Resource  = "${aws_s3_bucket.site.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        # Everyone, but only from inside the organization.
        Effect = "Allow"
        # ok: aws-iam-wildcard-principal
        Principal = { AWS = "*" }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.site.arn}/shared/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      {
        # "Not my organization" lets every other account in.
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-principal
        Principal = { AWS = "*" }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.site.arn}/uploads/*"
        Condition = { StringNotEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      {
        Effect = "Allow"
        # ok: aws-iam-wildcard-principal
        Principal = { AWS = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/reader"] }
        Action    = "s3:GetObject"
        Resource  = "${aws_s3_bucket.site.arn}/*"
      },
      {
        Effect = "Allow"
        Principal = { AWS = ["arn:aws:iam::111122223333:root",
          # ruleid: aws-iam-wildcard-principal
        "*"] }
        Action   = "s3:ListBucket"
        Resource = aws_s3_bucket.site.arn
      },
    ]
  })
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy = jsonencode({
    Statement = [
      {
        # A service integration bound to its source topic.
        Effect = "Allow"
        # ok: aws-iam-wildcard-principal
        Principal = "*"
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.orders.arn
        Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.orders.arn } }
      },
      {
        # IfExists: a direct call without the key passes.
        Effect = "Allow"
        # ruleid: aws-iam-wildcard-principal
        Principal = "*"
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.orders.arn
        Condition = { StringEqualsIfExists = { "aws:SourceAccount" = "111122223333" } }
      },
      {
        Effect = "Allow"
        # ok: aws-iam-wildcard-principal
        Principal = { Service = "sns.amazonaws.com" }
        Action    = "sqs:SendMessage"
        Resource  = aws_sqs_queue.orders.arn
      },
      {
        Effect = "Allow"
        # ok: aws-iam-wildcard-principal
        Principal = { AWS = var.consumer_role_arn }
        Action    = "sqs:ReceiveMessage"
        Resource  = aws_sqs_queue.orders.arn
      },
    ]
  })
}

resource "aws_iam_role" "anyone" {
  name               = "anyone"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // ruleid: aws-iam-wildcard-principal
      "Principal": {"AWS": "*"},
      "Action": "sts:AssumeRole"
    },
    {
      "Effect": "Allow",
      // ok: aws-iam-wildcard-principal
      "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
      "Action": "sts:AssumeRoleWithWebIdentity"
    }
  ]
}
EOF
}

resource "aws_s3_bucket_policy" "from_file" {
  bucket = aws_s3_bucket.public.id
  # ruleid: aws-iam-wildcard-principal
  policy = file("Inputs/public-bucket-policy.json")
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type = "AWS"
      # ruleid: aws-iam-wildcard-principal
      identifiers = ["*"]
    }
  }
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type = "AWS"
      # ok: aws-iam-wildcard-principal
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalAccount"
      values   = [var.trusted_account]
    }
  }
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type = "Service"
      # ok: aws-iam-wildcard-principal
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "everyone_but" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::archive/*"]
    # ruleid: aws-iam-wildcard-principal
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::archive/*"]
    # ok: aws-iam-wildcard-principal
    principals {
      type = "*"
      # ok: aws-iam-wildcard-principal
      identifiers = ["*"]
    }
  }
}
