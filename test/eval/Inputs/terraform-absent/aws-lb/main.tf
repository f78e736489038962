resource "aws_lb" "x" {
  name = "x"
}
