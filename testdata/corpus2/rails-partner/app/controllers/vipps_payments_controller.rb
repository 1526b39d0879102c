# frozen_string_literal: true

# Treningssenter-plattformen: medlemmer betaler drop-in-timer med Vipps.
# Plattformen bruker partnernøkler; hvert senter har sin egen salgsenhet.
class VippsPaymentsController < ApplicationController
  before_action :authenticate_member!

  def create
    session_class = GymClass.find(params[:class_id])
    reference = "gym-#{session_class.id}-#{SecureRandom.hex(6)}"

    response = VippsClient.connection.post("/epayment/v1/payments") do |req|
      req.headers["Authorization"] = "Bearer #{VippsClient.access_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = Rails.application.credentials.dig(:vipps, :subscription_key)
      req.headers["Merchant-Serial-Number"] = cookies[:center_msn]
      req.headers["Idempotency-Key"] = SecureRandom.uuid
      req.body = {
        amount: { currency: "NOK", value: session_class.price_ore },
        paymentMethod: { type: "WALLET" },
        reference: reference,
        userFlow: "WEB_REDIRECT",
        returnUrl: vipps_return_url(reference: reference)
      }.to_json
    end

    redirect_to response.body.fetch("redirectUrl"), allow_other_host: true
  end
end
