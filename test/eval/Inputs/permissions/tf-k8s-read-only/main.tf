resource "kubernetes_role" "read" {
  metadata {
    name = "read"
  }
  rule {
    api_groups = [""]
    resources  = ["pods"]
    verbs      = ["get", "list"]
  }
}
