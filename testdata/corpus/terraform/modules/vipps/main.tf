variable "key_vault_id" {
  type = string
}

variable "vipps_client_id" {
  type      = string
  sensitive = true
}

variable "vipps_client_secret" {
  type      = string
  sensitive = true
}

variable "vipps_subscription_key" {
  type      = string
  sensitive = true
}

variable "vipps_api_base_url" {
  type    = string
  default = "https://api.vipps.no"
}

resource "azurerm_key_vault_secret" "vipps_client_id" {
  name         = "vipps-client-id"
  value        = var.vipps_client_id
  key_vault_id = var.key_vault_id
}

resource "azurerm_key_vault_secret" "vipps_client_secret" {
  name         = "vipps-client-secret"
  value        = var.vipps_client_secret
  key_vault_id = var.key_vault_id
  content_type = "Vipps MobilePay client_secret"
}

resource "azurerm_key_vault_secret" "vipps_subscription_key" {
  name         = "vipps-subscription-key"
  value        = var.vipps_subscription_key
  key_vault_id = var.key_vault_id
}

output "app_settings" {
  value = {
    VIPPS_API_BASE_URL     = var.vipps_api_base_url
    VIPPS_CLIENT_ID        = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.vipps_client_id.versionless_id})"
    VIPPS_CLIENT_SECRET    = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.vipps_client_secret.versionless_id})"
    VIPPS_SUBSCRIPTION_KEY = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.vipps_subscription_key.versionless_id})"
  }
}
