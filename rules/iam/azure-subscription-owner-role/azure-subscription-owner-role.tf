# RUN: %blastradius test %s

data "azurerm_subscription" "primary" {}

resource "azurerm_role_assignment" "ci_owner" {
  scope = data.azurerm_subscription.primary.id
  # ruleid: azure-subscription-owner-role
  role_definition_name = "Owner"
  principal_id         = azuread_service_principal.ci.object_id
}

resource "azurerm_role_assignment" "literal_subscription" {
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"
  # ruleid: azure-subscription-owner-role
  role_definition_name = "Contributor"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "interpolated_subscription" {
  scope = "/subscriptions/${var.subscription_id}"
  # ruleid: azure-subscription-owner-role
  role_definition_name = "User Access Administrator"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "by_id" {
  scope = "${data.azurerm_subscription.primary.id}"
  # ruleid: azure-subscription-owner-role
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
  principal_id       = var.principal_id
}

resource "azurerm_role_assignment" "management_group" {
  scope = azurerm_management_group.platform.id
  # ruleid: azure-subscription-owner-role
  role_definition_name = "Owner"
  principal_id         = var.principal_id
}

# --- near misses --------------------------------------------------------------------------------

resource "azurerm_role_assignment" "resource_group" {
  scope = azurerm_resource_group.app.id
  # ok: azure-subscription-owner-role
  role_definition_name = "Owner"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "resource_group_path" {
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"
  # ok: azure-subscription-owner-role
  role_definition_name = "Contributor"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "reader" {
  scope = data.azurerm_subscription.primary.id
  # ok: azure-subscription-owner-role
  role_definition_name = "Reader"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "narrow_builtin" {
  scope = data.azurerm_subscription.primary.id
  # ok: azure-subscription-owner-role
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "computed_scope" {
  scope = var.scope
  # ok: azure-subscription-owner-role
  role_definition_name = "Owner"
  principal_id         = var.principal_id
}

resource "azurerm_role_assignment" "storage_account" {
  scope = azurerm_storage_account.logs.id
  # ok: azure-subscription-owner-role
  role_definition_name = "Owner"
  principal_id         = var.principal_id
}
