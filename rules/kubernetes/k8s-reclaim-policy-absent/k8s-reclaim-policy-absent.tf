# RUN: %blastradius test %s
# Terraform's kubernetes provider defaults a StorageClass's reclaim_policy to Delete, and a
# PersistentVolume's persistent_volume_reclaim_policy to Retain.
# ruleid: k8s-reclaim-policy-absent
resource "kubernetes_storage_class_v1" "standard" {
  metadata {
    name = "standard"
  }
  storage_provisioner = "ebs.csi.aws.com"
}

# ok: k8s-reclaim-policy-absent
resource "kubernetes_storage_class" "kept" {
  metadata {
    name = "kept"
  }
  storage_provisioner = "ebs.csi.aws.com"
  reclaim_policy      = "Retain"
}

# A written Delete is k8s-reclaim-policy-delete's warning.
# ok: k8s-reclaim-policy-absent
resource "kubernetes_storage_class" "explicit" {
  metadata {
    name = "explicit"
  }
  storage_provisioner = "ebs.csi.aws.com"
  reclaim_policy      = "Delete"
}

# ok: k8s-reclaim-policy-absent
resource "kubernetes_persistent_volume_v1" "manual" {
  metadata {
    name = "manual"
  }
  spec {
    capacity     = { storage = "10Gi" }
    access_modes = ["ReadWriteOnce"]
  }
}

# ok: k8s-reclaim-policy-absent
data "kubernetes_storage_class_v1" "existing" {
  metadata {
    name = "existing"
  }
}
