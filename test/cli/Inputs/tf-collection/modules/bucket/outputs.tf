# The bucket's outputs. This comment makes the file the largest of its module, so that the scan
# reads it before any analysis asks for the module: it is then handed to the module's build.
output "arn_1" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 1)"
  value       = aws_s3_bucket.this.arn
}

output "arn_2" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 2)"
  value       = aws_s3_bucket.this.arn
}

output "arn_3" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 3)"
  value       = aws_s3_bucket.this.arn
}

output "arn_4" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 4)"
  value       = aws_s3_bucket.this.arn
}

output "arn_5" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 5)"
  value       = aws_s3_bucket.this.arn
}

output "arn_6" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 6)"
  value       = aws_s3_bucket.this.arn
}

output "arn_7" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 7)"
  value       = aws_s3_bucket.this.arn
}

output "arn_8" {
  description = "The ARN of the bucket, for policies that grant access to it (copy 8)"
  value       = aws_s3_bucket.this.arn
}

