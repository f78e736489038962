resource "thing" "a" {
  sample_flag = false
}

resource "thing" "b" {
  sample_flag = var.flag
}

resource "thing" "c" {
  sample_flag = true
}

resource "thing" "d" {
  sample_flag = data.x.y
}

variable "flag" {
  type    = bool
  default = false
}

module "m" {
  sample_flag = false
}
