resource "azurerm_key_vault" "x" {
  name = "x"
}
