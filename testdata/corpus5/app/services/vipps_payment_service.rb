class VippsPaymentService
  BASE_URL = "https://api.vipps.no".freeze

  def initialize(order)
    @order = order
    @creds = Rails.application.credentials.vipps
  end

  def call
    conn.post("/epayment/v1/payments") do |req|
      req.headers["Authorization"] = "Bearer #{VippsToken.current}"
      req.headers["Ocp-Apim-Subscription-Key"] = @creds[:subscription_key]
      req.headers["Merchant-Serial-Number"] = @creds[:merchant_serial_number]
      req.headers["Idempotency-Key"] = SecureRandom.uuid
      req.body = payload.to_json
    end
  end

  private

  def payload
    { amount: { currency: "NOK", value: @order.total_cents }, paymentMethod: { type: "WALLET" },
      reference: @order.uuid, userFlow: "WEB_REDIRECT", returnUrl: "https://shop.example.no/orders/#{@order.uuid}" }
  end

  def conn
    @conn ||= Faraday.new(url: BASE_URL, headers: { "Content-Type" => "application/json" })
  end
end
