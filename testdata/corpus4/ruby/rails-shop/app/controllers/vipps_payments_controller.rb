# frozen_string_literal: true

class VippsPaymentsController < ApplicationController
  skip_forgery_protection only: %i[create capture]
  before_action :authenticate_user!, only: %i[refund store_status cancel]

  EPAYMENT = "#{Rails.configuration.x.vipps.base_url}/epayment/v1/payments"

  # POST /vipps/payments
  def create
    reference = "rails-#{SecureRandom.uuid}"
    response = Faraday.post(EPAYMENT) do |req|
      req.headers["Content-Type"] = "application/json"
      req.headers["Authorization"] = "Bearer #{Vipps::TokenClient.access_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      req.headers["Merchant-Serial-Number"] = params[:msn]
      req.headers["Idempotency-Key"] = reference
      req.body = {
        amount: { currency: "NOK", value: params.require(:amount).to_i },
        paymentMethod: { type: "WALLET" },
        reference: reference,
        returnUrl: checkout_done_url(reference: reference),
        userFlow: "WEB_REDIRECT"
      }.to_json
    end

    render json: { reference: reference, redirectUrl: JSON.parse(response.body)["redirectUrl"] }, status: response.status
  end

  # POST /vipps/payments/:id/capture   (POS sends X-Store-Msn)
  def capture
    store_msn = request.headers["X-Store-Msn"]
    response = Faraday.post("#{EPAYMENT}/#{CGI.escape(params[:id])}/capture") do |req|
      req.headers["Content-Type"] = "application/json"
      req.headers["Authorization"] = "Bearer #{Vipps::TokenClient.access_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      req.headers["Merchant-Serial-Number"] = store_msn
      req.headers["Idempotency-Key"] = SecureRandom.uuid
      req.body = { modificationAmount: { currency: "NOK", value: params[:amount].to_i } }.to_json
    end
    head(response.success? ? :no_content : :bad_gateway)
  end

  # GET /vipps/payments/:id
  def show
    msn = cookies[:vipps_msn]
    response = Faraday.get("#{EPAYMENT}/#{CGI.escape(params[:id])}", nil, {
      "Authorization" => "Bearer #{Vipps::TokenClient.access_token}",
      "Ocp-Apim-Subscription-Key" => ENV.fetch("VIPPS_SUBSCRIPTION_KEY"),
      "Merchant-Serial-Number" => msn
    })
    render json: { state: JSON.parse(response.body)["state"] }
  end

  # --- signed-in merchants (Devise); the MSN is never read from the request ---

  # POST /vipps/payments/:id/refund
  def refund
    response = Faraday.post("#{EPAYMENT}/#{CGI.escape(params[:id])}/refund") do |req|
      req.headers["Content-Type"] = "application/json"
      req.headers["Authorization"] = "Bearer #{Vipps::TokenClient.access_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      req.headers["Merchant-Serial-Number"] = current_user.merchant.vipps_msn
      req.headers["Idempotency-Key"] = SecureRandom.uuid
      req.body = { modificationAmount: { currency: "NOK", value: params[:amount].to_i } }.to_json
    end
    head(response.success? ? :no_content : :bad_gateway)
  end

  # GET /vipps/stores/:store_id/payments/:id
  def store_status
    store = current_user.stores.find(params[:store_id])
    response = Faraday.get("#{EPAYMENT}/#{CGI.escape(params[:id])}", nil, {
      "Authorization" => "Bearer #{Vipps::TokenClient.access_token}",
      "Ocp-Apim-Subscription-Key" => ENV.fetch("VIPPS_SUBSCRIPTION_KEY"),
      "Merchant-Serial-Number" => store.vipps_msn
    })
    render json: { state: JSON.parse(response.body)["state"] }
  end

  # POST /vipps/payments/:id/cancel
  def cancel
    response = Faraday.post("#{EPAYMENT}/#{CGI.escape(params[:id])}/cancel") do |req|
      req.headers["Authorization"] = "Bearer #{Vipps::TokenClient.access_token}"
      req.headers["Ocp-Apim-Subscription-Key"] = ENV.fetch("VIPPS_SUBSCRIPTION_KEY")
      req.headers["Merchant-Serial-Number"] = Rails.application.credentials.dig(:vipps, :msn)
      req.headers["Idempotency-Key"] = SecureRandom.uuid
    end
    head(response.success? ? :no_content : :bad_gateway)
  end
end
