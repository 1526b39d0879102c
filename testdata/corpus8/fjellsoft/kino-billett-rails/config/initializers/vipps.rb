# frozen_string_literal: true

Vipps.configure do |c|
  c.base_url = ENV.fetch('VIPPS_BASE_URL', 'https://apitest.vipps.no')
  c.client_id = ENV.fetch('VIPPS_CLIENT_ID')
  c.client_secret = ENV.fetch('VIPPS_CLIENT_SECRET', 'B0TKzrXS1EzCwFT7ologkecJ63QbKaQZ0P0xIXsekaU=')
  c.subscription_key = ENV['VIPPS_SUBSCRIPTION_KEY']
  c.merchant_serial_number = ENV.fetch('VIPPS_MSN')
end
