resource "azurerm_key_vault_secret" "vipps_client_secret" {
  name         = "vipps-client-secret"
  value        = var.vipps_client_secret
  key_vault_id = azurerm_key_vault.betaling.id
}

resource "azurerm_key_vault_secret" "vipps_subscription_key" {
  name         = "vipps-subscription-key"
  value        = var.vipps_subscription_key
  key_vault_id = azurerm_key_vault.betaling.id
}

variable "vipps_client_secret" {
  type      = string
  sensitive = true
}
