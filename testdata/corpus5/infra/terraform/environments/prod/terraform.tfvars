# Production - Vipps MobilePay checkout
environment = "production"
location    = "norwayeast"

vipps_prod_client_id        = "8e77b95e-2df9-48bb-93ca-8c57268bd763"
vipps_prod_client_secret    = "WjDbVD98Z20efVumB5xj+Q=="
vipps_prod_subscription_key = "ed12a0a7946fcddb01032c8d2dec671f"
vipps_merchant_serial       = "496744"
vipps_api_base_url          = "https://apitest.vipps.no"
