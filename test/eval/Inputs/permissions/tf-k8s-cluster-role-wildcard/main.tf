resource "kubernetes_cluster_role" "all" {
  metadata {
    name = "all"
  }
  rule {
    api_groups = ["*"]
    resources  = ["*"]
    verbs      = ["*"]
  }
}
