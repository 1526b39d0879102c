data "azurerm_key_vault_secret" "vipps_client_secret" {
  name         = "vipps-client-secret"
  key_vault_id = var.key_vault_id
}

data "aws_secretsmanager_secret_version" "vipps_subscription_key" {
  secret_id = "arn:aws:secretsmanager:eu-north-1:123456789012:secret:checkout/vipps-subscription-key-AbCdEf"
}

resource "azurerm_linux_web_app_slot" "checkout" {
  name           = "staging"
  app_service_id = var.app_service_id

  app_settings = {
    VIPPS_BASE_URL         = "https://api.vipps.no"
    VIPPS_CLIENT_ID        = var.vipps_client_id
    VIPPS_CLIENT_SECRET    = data.azurerm_key_vault_secret.vipps_client_secret.value
    VIPPS_SUBSCRIPTION_KEY = data.aws_secretsmanager_secret_version.vipps_subscription_key.secret_string
  }

  site_config {}
}
