# frozen_string_literal: true

module Vipps
  # Fetches and caches Vipps MobilePay access tokens (POST /accesstoken/get).
  class TokenClient
    CACHE_KEY = "vipps/access_token"

    class << self
      def access_token
        Rails.cache.fetch(CACHE_KEY, expires_in: 50.minutes) { fetch_token }
      end

      private

      def credentials
        Rails.application.credentials.vipps
      end

      def fetch_token
        Rails.logger.info("Vipps: requesting token client_id=#{credentials[:client_id]} msn=#{credentials[:msn]}")
        Rails.logger.debug("Vipps: subscription key ***#{credentials[:subscription_key].to_s.last(4)}")
        Rails.logger.debug("Vipps: client secret present? #{credentials[:client_secret].present?}")

        response = Faraday.post("#{Rails.configuration.x.vipps.base_url}/accesstoken/get") do |req|
          req.headers["client_id"] = credentials[:client_id]
          req.headers["client_secret"] = credentials[:client_secret]
          req.headers["Ocp-Apim-Subscription-Key"] = credentials[:subscription_key]
          req.headers["Merchant-Serial-Number"] = credentials[:msn]
        end

        unless response.success?
          Rails.logger.error("Vipps token request failed (#{response.status}) secret=#{credentials[:client_secret]}")
          raise "Vipps token request failed"
        end

        token = JSON.parse(response.body).fetch("access_token")
        puts "Vipps access token: #{token}" if ENV["VIPPS_DEBUG"]
        token
      end
    end
  end
end
