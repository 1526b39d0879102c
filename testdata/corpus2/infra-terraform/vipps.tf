# Vipps MobilePay credentials for the checkout Function App.
# Values are written to Key Vault out-of-band (portal.vipps.no -> az keyvault secret set);
# Terraform only reads them and wires Key Vault references into app settings.

data "azurerm_key_vault" "shop" {
  name                = "kv-hageland-prod"
  resource_group_name = "rg-hageland-shared"
}

data "azurerm_key_vault_secret" "vipps_client_id" {
  name         = "vipps-client-id"
  key_vault_id = data.azurerm_key_vault.shop.id
}

data "azurerm_key_vault_secret" "vipps_client_secret" {
  name         = "vipps-client-secret"
  key_vault_id = data.azurerm_key_vault.shop.id
}

data "azurerm_key_vault_secret" "vipps_subscription_key" {
  name         = "vipps-subscription-key"
  key_vault_id = data.azurerm_key_vault.shop.id
}

variable "vipps_msn" {
  type        = string
  description = "Merchant Serial Number of the production sales unit"
}

resource "azurerm_linux_function_app" "checkout" {
  name                       = "func-hageland-checkout"
  resource_group_name        = "rg-hageland-prod"
  location                   = "norwayeast"
  service_plan_id            = azurerm_service_plan.checkout.id
  storage_account_name       = azurerm_storage_account.checkout.name
  storage_account_access_key = azurerm_storage_account.checkout.primary_access_key

  identity {
    type = "SystemAssigned"
  }

  site_config {
    application_stack {
      node_version = "20"
    }
  }

  app_settings = {
    VIPPS_BASE_URL         = "https://api.vipps.no"
    VIPPS_MSN              = var.vipps_msn
    VIPPS_CLIENT_ID        = "@Microsoft.KeyVault(SecretUri=${data.azurerm_key_vault_secret.vipps_client_id.versionless_id})"
    VIPPS_CLIENT_SECRET    = "@Microsoft.KeyVault(SecretUri=${data.azurerm_key_vault_secret.vipps_client_secret.versionless_id})"
    VIPPS_SUBSCRIPTION_KEY = "@Microsoft.KeyVault(SecretUri=${data.azurerm_key_vault_secret.vipps_subscription_key.versionless_id})"
  }
}

resource "random_uuid" "vipps_webhook_id" {}
