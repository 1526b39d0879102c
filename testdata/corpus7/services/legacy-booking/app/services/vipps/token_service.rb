module Vipps
  # Fetches and caches a Vipps MobilePay access token for the legacy booking app.
  class TokenService
    BASE_URL = ENV.fetch("VIPPS_BASE_URL", "https://api.vipps.no")

    def access_token
      Rails.cache.fetch("vipps/access_token", expires_in: 50.minutes) do
        response = Faraday.post("#{BASE_URL}/accesstoken/get") do |req|
          req.headers["client_id"] = ENV.fetch("VIPPS_CLIENT_ID")
          req.headers["client_secret"] = ENV.fetch("VIPPS_CLIENT_SECRET")
          req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
        end
        json = JSON.parse(response.body)
        token = json["access_token"]
        Rails.logger.info("Vipps token fetched, expires_in=#{json['expires_in']}")
        Rails.logger.debug("Vipps bearer #{token}")
        token
      end
    end
  end
end
