class VippsPaymentsController < ApplicationController
  VIPPS_BASE = ENV.fetch("VIPPS_BASE_URL", "https://apitest.vipps.no")

  before_action :authenticate_user!

  def create
    order = current_user.orders.find(params[:order_id])
    resp = Faraday.post("#{VIPPS_BASE}/epayment/v1/payments") do |req|
      req.headers["Authorization"] = "Bearer #{vipps_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      req.headers["Merchant-Serial-Number"] = params[:msn]
      req.headers["Idempotency-Key"] = SecureRandom.uuid
      req.headers["Content-Type"] = "application/json"
      req.body = {
        amount: { currency: "NOK", value: order.total_ore },
        paymentMethod: { type: "WALLET" },
        reference: order.vipps_reference,
        returnUrl: order_url(order),
        userFlow: "WEB_REDIRECT"
      }.to_json
    end
    render json: JSON.parse(resp.body), status: resp.status
  end

  def status
    msn = cookies[:vipps_msn]
    resp = Faraday.get("#{VIPPS_BASE}/epayment/v1/payments/#{params[:reference]}", nil, {
      "Authorization" => "Bearer #{vipps_token}",
      "Ocp-Apim-Subscription-Key" => ENV.fetch("VIPPS_SUBSCRIPTION_KEY"),
      "Merchant-Serial-Number" => msn
    })
    render json: JSON.parse(resp.body), status: resp.status
  end

  # eCom v2 capture for orders created before the ePayment migration
  def capture_legacy
    uri = URI("#{VIPPS_BASE}/ecomm/v2/payments/#{params[:order_id]}/capture?subscription-key=#{ENV['VIPPS_SUBSCRIPTION_KEY']}")
    resp = Net::HTTP.post(uri, { transaction: { amount: params[:amount].to_i, transactionText: "Capture" } }.to_json,
                          "Authorization" => "Bearer #{vipps_token}", "Content-Type" => "application/json")
    head resp.code.to_i
  end

  private

  def vipps_token
    Rails.cache.fetch("vipps_access_token", expires_in: 50.minutes) do
      Rails.logger.info("Fetching Vipps token with client_secret=#{ENV['VIPPS_CLIENT_SECRET']}")
      resp = Faraday.post("#{VIPPS_BASE}/accesstoken/get", nil, {
        "client_id" => ENV.fetch("VIPPS_CLIENT_ID"),
        "client_secret" => ENV.fetch("VIPPS_CLIENT_SECRET"),
        "Ocp-Apim-Subscription-Key" => ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      })
      JSON.parse(resp.body).fetch("access_token")
    end
  end
end
