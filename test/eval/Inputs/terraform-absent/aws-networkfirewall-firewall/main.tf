resource "aws_networkfirewall_firewall" "x" {
  name = "x"
}
