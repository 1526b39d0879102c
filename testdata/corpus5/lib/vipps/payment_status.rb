require "net/http"
require "json"

module Vipps
  class PaymentStatus
    def self.fetch(reference, token)
      uri = URI("https://api.vipps.no/epayment/v1/payments/#{reference}?subscription-key=#{ENV.fetch('VIPPS_SUBSCRIPTION_KEY')}")
      req = Net::HTTP::Get.new(uri)
      req["Authorization"] = "Bearer #{token}"
      req["Merchant-Serial-Number"] = ENV.fetch("VIPPS_MSN")
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body)
    end
  end
end
