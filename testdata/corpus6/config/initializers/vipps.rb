# frozen_string_literal: true

Rails.application.config.after_initialize do
  secret = ENV['VIPPS_CLIENT_SECRET']
  key = ENV.fetch('VIPPS_SUBSCRIPTION_KEY', '')
  Rails.logger.info("Vipps configured: #{secret.present?}")
  Rails.logger.info("Vipps subscription key: #{key.first(4)}#{'*' * [key.length - 4, 0].max}")
  raise ArgumentError, 'VIPPS_CLIENT_SECRET is not set' if Rails.env.production? && secret.blank?
end
