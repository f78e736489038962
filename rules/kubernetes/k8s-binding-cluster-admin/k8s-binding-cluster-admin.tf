# RUN: %blastradius test %s

resource "kubernetes_cluster_role_binding" "ci_admin" {
  metadata {
    name = "ci-admin"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    # ruleid: k8s-binding-cluster-admin
    name = "cluster-admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "ci"
    namespace = "ci"
  }
}

resource "kubernetes_cluster_role_binding_v1" "view" {
  metadata {
    name = "view"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    # ok: k8s-binding-cluster-admin
    name = "view"
  }
  subject {
    kind = "Group"
    name = "developers"
  }
}

# A binding without subjects grants nothing.
resource "kubernetes_cluster_role_binding" "empty" {
  metadata {
    name = "empty"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    # ok: k8s-binding-cluster-admin
    name = "cluster-admin"
  }
}
