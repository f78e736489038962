locals {
  cleanup = true
}
