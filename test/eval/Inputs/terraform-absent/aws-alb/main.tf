resource "aws_alb" "x" {
  name = "x"
}
