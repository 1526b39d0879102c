# frozen_string_literal: true

class VippsPaymentsController < ApplicationController
  before_action :authenticate_user!

  def create
    order = current_user.orders.find(params[:order_id])
    config = Rails.application.config.vipps

    response = vipps_http.post("/epayment/v1/payments") do |req|
      req.headers["Authorization"] = "Bearer #{VippsToken.fetch}"
      req.headers["Ocp-Apim-Subscription-Key"] = config.subscription_key
      req.headers["Merchant-Serial-Number"] = params[:msn].presence || config.merchant_serial_number
      req.headers["Idempotency-Key"] = order.uuid
      req.body = {
        amount: { currency: "NOK", value: order.total_ore },
        paymentMethod: { type: "WALLET" },
        reference: order.uuid,
        returnUrl: order_url(order),
        userFlow: "WEB_REDIRECT"
      }.to_json
    end

    if response.success?
      redirect_to JSON.parse(response.body).fetch("redirectUrl"), allow_other_host: true
    else
      redirect_to order_path(order), alert: "Vipps-betalingen kunne ikke startes"
    end
  end

  private

  def vipps_http
    @vipps_http ||= Faraday.new(url: Rails.application.config.vipps.base_url, headers: { "Content-Type" => "application/json" })
  end
end
