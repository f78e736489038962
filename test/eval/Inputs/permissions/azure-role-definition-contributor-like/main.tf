resource "azurerm_role_definition" "custom" {
  name  = "custom"
  scope = "/subscriptions/000"
  permissions {
    actions     = ["*"]
    not_actions = ["Microsoft.Authorization/*/Write", "Microsoft.Authorization/*/Delete"]
  }
}
