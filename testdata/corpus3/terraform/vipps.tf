variable "vipps_api_base_url" {
  type    = string
  default = "https://api.vipps.no"
}

variable "vipps_client_id" {
  type = string
}

variable "vipps_client_secret" {
  type      = string
  sensitive = true
}

variable "vipps_subscription_key" {
  type      = string
  sensitive = true
}

variable "vipps_msn" {
  type = string
}

variable "vipps_webhook_secret" {
  type      = string
  sensitive = true
  default   = null
}

data "aws_secretsmanager_secret_version" "vipps_partner" {
  secret_id = "arn:aws:secretsmanager:eu-north-1:178052596205:secret:prod/vipps/partner-keys-F6DZLA"
}

data "vault_kv_secret_v2" "vipps_accounting" {
  mount = "secret"
  name  = "payments/vipps/accounting"
}

resource "azurerm_key_vault_secret" "vipps_client_secret" {
  name         = "vipps-client-secret"
  value        = var.vipps_client_secret
  key_vault_id = azurerm_key_vault.shop.id
}

resource "azurerm_key_vault_secret" "vipps_subscription_key" {
  name         = "vipps-subscription-key"
  value        = var.vipps_subscription_key
  key_vault_id = azurerm_key_vault.shop.id
}

resource "azurerm_linux_web_app" "shop_api" {
  name                = "acme-shop-api-${var.environment}"
  resource_group_name = azurerm_resource_group.shop.name
  location            = var.location
  service_plan_id     = azurerm_service_plan.shop.id

  identity {
    type = "SystemAssigned"
  }

  site_config {}

  app_settings = {
    Vipps__BaseUrl              = var.vipps_api_base_url
    Vipps__ClientId             = var.vipps_client_id
    Vipps__ClientSecret         = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.vipps_client_secret.versionless_id})"
    Vipps__SubscriptionKey      = "@Microsoft.KeyVault(VaultName=${azurerm_key_vault.shop.name};SecretName=vipps-subscription-key)"
    Vipps__MerchantSerialNumber = var.vipps_msn
    VippsPartner__Keys          = data.aws_secretsmanager_secret_version.vipps_partner.secret_string
  }
}
