# frozen_string_literal: true

# Creates Vipps ePayment payments for web orders.
class VippsPaymentService
  BASE_URL = ENV.fetch('VIPPS_BASE_URL', 'https://api.vipps.no')

  def initialize(order)
    @order = order
  end

  def call
    headers = {
      'Authorization' => "Bearer #{VippsToken.fetch}",
      'Ocp-Apim-Subscription-Key' => ENV.fetch('VIPPS_SUBSCRIPTION_KEY'),
      'Merchant-Serial-Number' => Rails.application.credentials.vipps[:msn],
      'Idempotency-Key' => @order.reference
    }
    Rails.logger.info("Vipps headers: #{headers}")
    response = Faraday.post("#{BASE_URL}/epayment/v1/payments", body.to_json, headers.merge('Content-Type' => 'application/json'))
    Rails.logger.error("Vipps payment failed: #{response.status}") unless response.success?
    JSON.parse(response.body)
  end

  private

  def body
    {
      amount: { currency: 'NOK', value: @order.total_cents },
      paymentMethod: { type: 'WALLET' },
      reference: @order.reference,
      userFlow: 'WEB_REDIRECT',
      returnUrl: "https://fjordkasse.no/orders/#{@order.id}"
    }
  end
end
