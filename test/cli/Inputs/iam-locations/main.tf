resource "aws_iam_role_policy" "app" {
  role   = aws_iam_role.app.id
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow", "Action": ["s3:GetObject", "iam:*"],
        "Resource": "*"
      }, {
        "Effect": "Allow", "NotAction": "iam:*", "Resource": "*"
      }]
    }
  EOF
}

resource "aws_iam_policy" "from_file" {
  policy = file("policies/admin.json")
}
