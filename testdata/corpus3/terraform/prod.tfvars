environment     = "prod"
location        = "norwayeast"
app_service_sku = "P1v3"

vipps_api_base_url     = "https://api.vipps.no"
vipps_client_id        = "6f71c147-c3ba-409a-82c8-75fa2eef6e83"
vipps_client_secret    = "kg5InxhSInhyPeeIOoGk24VVz+D76aqIdw4O6WXu4QQ="
vipps_subscription_key = "3d8dadb560702862d92485ba36e3db7b"
vipps_msn              = "8470421"
vipps_webhook_secret   = "qDyTPSH8kkabZZEa1LMqZV3BxFR_iacDEgnBu3vT"

tags = {
  owner       = "payments"
  cost_center = "4410"
}
