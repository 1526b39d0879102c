# frozen_string_literal: true

module Partner
  # Partner terminal API (partner keys).
  class PaymentsController < ApplicationController
    VIPPS = 'https://api.vipps.no/epayment/v1/payments'

    def refund
      response = Faraday.post("#{VIPPS}/#{params[:reference]}/refund", refund_body.to_json,
                              'Authorization' => "Bearer #{PartnerToken.fetch}",
                              'Ocp-Apim-Subscription-Key' => ENV.fetch('VIPPS_PARTNER_SUBSCRIPTION_KEY'),
                              'Merchant-Serial-Number' => params[:msn],
                              'Content-Type' => 'application/json')
      head response.status
    end

    def capture
      response = Faraday.post("#{VIPPS}/#{params[:reference]}/capture", refund_body.to_json,
                              'Authorization' => "Bearer #{PartnerToken.fetch}",
                              'Ocp-Apim-Subscription-Key' => ENV.fetch('VIPPS_PARTNER_SUBSCRIPTION_KEY'),
                              'Merchant-Serial-Number' => current_merchant.vipps_msn,
                              'Idempotency-Key' => request.headers['Idempotency-Key'],
                              'Content-Type' => 'application/json')
      head response.status
    end

    private

    def refund_body
      { modificationAmount: { currency: 'NOK', value: params.require(:amount).to_i } }
    end
  end
end
