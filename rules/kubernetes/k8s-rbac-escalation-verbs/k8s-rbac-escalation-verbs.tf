# RUN: %blastradius test %s

resource "kubernetes_cluster_role_v1" "binder" {
  metadata {
    name = "binder"
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["clusterroles"]
    # ruleid: k8s-rbac-escalation-verbs
    verbs = ["bind", "get"]
  }
}

resource "kubernetes_role" "named_bind" {
  metadata {
    name = "named-bind"
  }
  rule {
    api_groups     = ["rbac.authorization.k8s.io"]
    resources      = ["roles"]
    resource_names = ["team-reader"]
    # ok: k8s-rbac-escalation-verbs
    verbs = ["bind"]
  }
}
