resource "kubernetes_persistent_volume_v1" "manual" {
  metadata {
    name = "manual"
  }
  spec {
    capacity     = { storage = "10Gi" }
    access_modes = ["ReadWriteOnce"]
  }
}
