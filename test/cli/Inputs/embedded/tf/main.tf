resource "aws_instance" "web" {
  user_data = <<-EOT
    #!/bin/bash
    rm -rf "${var.data_dir}/"*
  EOT
}
resource "aws_instance" "init" {
  user_data = <<-EOT
    #cloud-config
    runcmd:
      - rm -rf "$X/"*
  EOT
}
resource "null_resource" "p" {
  provisioner "local-exec" {
    command = "rm -rf $TARGET/*"
  }
}
resource "aws_instance" "escaped" {
  user_data = <<-EOT
    #!/bin/bash
    %{ if var.clean }
    rm -rf "$${SAFE_DIR:?}/"*
    rm -rf "$${UNSAFE_DIR}/"*
    %{ endif }
  EOT
}
