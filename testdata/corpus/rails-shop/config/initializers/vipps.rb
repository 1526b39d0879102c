# frozen_string_literal: true

# Vipps MobilePay settings. See config/credentials for production.
Rails.application.config.vipps = ActiveSupport::OrderedOptions.new.tap do |vipps|
  vipps.base_url = ENV.fetch("VIPPS_BASE_URL", "https://apitest.vipps.no")
  vipps.client_id = ENV.fetch("VIPPS_CLIENT_ID")
  vipps.client_secret = ENV.fetch("VIPPS_CLIENT_SECRET", "yN8_VzCK4Y-WNPu73faYkw==")
  vipps.subscription_key = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
  vipps.merchant_serial_number = ENV.fetch("VIPPS_MSN", "68715")
  vipps.system_name = "garnbutikken-rails"
  vipps.system_version = "2.2.0"
end
