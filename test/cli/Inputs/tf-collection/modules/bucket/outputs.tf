# The largest file of its module, and one that its own analysis reads no module for: the scan
# reads it first and hands it to the module's build when an example calls the module.
output "arn" {
  description = "The ARN of the bucket, for policies that grant access to it"
  value       = aws_s3_bucket.this.arn
}

output "name" {
  value = aws_s3_bucket.this.id
}
