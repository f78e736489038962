# RUN: %blastradius test %s

resource "azurerm_role_definition" "everything" {
  name  = "everything"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  permissions {
    # ruleid: azure-custom-role-privileged
    actions = ["*"]
  }
}

resource "azurerm_role_definition" "assigner" {
  name  = "assigner"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  permissions {
    actions = [
      "Microsoft.Resources/subscriptions/resourceGroups/read",
      # ruleid: azure-custom-role-privileged
      "Microsoft.Authorization/roleAssignments/write",
    ]
  }
}

resource "azurerm_role_definition" "rewriter" {
  name  = "rewriter"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  permissions {
    # ruleid: azure-custom-role-privileged
    actions = ["microsoft.authorization/roledefinitions/write"]
  }
}

# Contributor's own shape: everything except the authorization writes.
resource "azurerm_role_definition" "contributor_like" {
  name  = "contributor-like"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  permissions {
    # ok: azure-custom-role-privileged
    actions     = ["*"]
    not_actions = ["Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write", "Microsoft.Authorization/elevateAccess/Action"]
  }
}

resource "azurerm_role_definition" "reader" {
  name  = "reader"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  permissions {
    # ok: azure-custom-role-privileged
    actions = ["Microsoft.Authorization/*/read", "Microsoft.Storage/storageAccounts/read"]
  }
}
