# RUN: %blastradius test %s
# Terraform's kubernetes provider: the same RBAC judgement as the YAML manifests.

resource "kubernetes_cluster_role" "everything" {
  metadata {
    name = "everything"
  }
  rule {
    # ruleid: k8s-rbac-wildcard
    api_groups = ["*"]
    # ruleid: k8s-rbac-wildcard
    resources = ["*"]
    # ruleid: k8s-rbac-wildcard
    verbs = ["*"]
  }
}

resource "kubernetes_role_v1" "deployer" {
  metadata {
    name      = "deployer"
    namespace = "apps"
  }
  rule {
    # ok: k8s-rbac-wildcard
    api_groups = ["apps"]
    # ok: k8s-rbac-wildcard
    resources = ["deployments"]
    # ruleid: k8s-rbac-wildcard
    verbs = ["*"]
  }
}

resource "kubernetes_role" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    # ok: k8s-rbac-wildcard
    api_groups = [""]
    # ok: k8s-rbac-wildcard
    resources = ["pods", "services"]
    # ok: k8s-rbac-wildcard
    verbs = ["get", "list", "watch"]
  }
}

# Not an RBAC resource: the same attribute names say nothing.
resource "kubernetes_manifest" "other" {
  rule {
    # ok: k8s-rbac-wildcard
    verbs = ["*"]
  }
}
