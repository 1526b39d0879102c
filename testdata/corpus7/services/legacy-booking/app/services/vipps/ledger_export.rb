require "net/http"

module Vipps
  # Monthly export of settlements for the accountants.
  class LedgerExport
    def initialize(ledger_id:, access_token:)
      @ledger_id = ledger_id
      @access_token = access_token
    end

    def funds_for(date)
      key = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      uri = URI("https://api.vipps.no/report/v2/ledgers/#{@ledger_id}/funds/dates/#{date}?subscription-key=#{key}")
      request = Net::HTTP::Get.new(uri)
      request["Authorization"] = "Bearer #{@access_token}"
      response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
      Rails.logger.info("ledger export #{@ledger_id} #{date}: HTTP #{response.code}")
      JSON.parse(response.body)
    end
  end
end
