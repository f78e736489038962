# RUN: %blastradius test %s
# Terraform's kubernetes provider: the same policies, the same judgement.
resource "kubernetes_storage_class_v1" "fast" {
  metadata {
    name = "fast"
  }
  storage_provisioner = "ebs.csi.aws.com"
  # ruleid: k8s-reclaim-policy-delete
  reclaim_policy = "Delete"
}

resource "kubernetes_persistent_volume" "orders" {
  metadata {
    name = "orders"
  }
  spec {
    capacity = { storage = "100Gi" }
    access_modes = ["ReadWriteOnce"]
    # ruleid: k8s-reclaim-policy-delete
    persistent_volume_reclaim_policy = "Delete"
  }
}

# Near misses.
resource "kubernetes_storage_class" "keep" {
  metadata {
    name = "keep"
  }
  storage_provisioner = "ebs.csi.aws.com"
  # ok: k8s-reclaim-policy-delete
  reclaim_policy = "Retain"
}

resource "kubernetes_storage_class_v1" "from_variable" {
  metadata {
    name = "from-variable"
  }
  storage_provisioner = "ebs.csi.aws.com"
  # ok: k8s-reclaim-policy-delete
  reclaim_policy = var.reclaim_policy
}

resource "kubernetes_persistent_volume_claim_v1" "claim" {
  metadata {
    name = "claim"
  }
  spec {
    # A claim has no reclaim policy.
    # ok: k8s-reclaim-policy-delete
    storage_class_name = "Delete"
  }
}

data "kubernetes_storage_class_v1" "existing" {
  metadata {
    name = "existing"
  }
  # ok: k8s-reclaim-policy-delete
  reclaim_policy = "Delete"
}
