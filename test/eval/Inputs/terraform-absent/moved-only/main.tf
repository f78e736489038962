moved {
  from = aws_db_instance.a
  to   = aws_db_instance.b
}
