resource "aws_iam_policy" "p" {
  name   = "x-${var.env}"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", "Action" = ["s3:*"], Resource = "*" }]
  })
  doc = <<-EOT
    {"a": 1}
  EOT
  path   = file("${path.module}/p.json")
  ref    = var.x
  escape = "a\"b $${literal}"
  lifecycle {
    prevent_destroy = false
  }
}
