output "id" {
  value = aws_db_instance.this.id
}
