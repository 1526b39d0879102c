# Payments started from the venues' own box-office software (legacy API, API key auth).
class VenuePaymentsController < ApplicationController
  skip_before_action :authenticate_user!, only: :create
  before_action :authenticate_api_key!, only: :create

  VIPPS_API = "https://api.vipps.no".freeze

  def create
    headers = vipps_headers(params[:merchant_serial_number])
    response = Faraday.post("#{VIPPS_API}/epayment/v1/payments", payment_body.to_json, headers)
    render json: { reference: JSON.parse(response.body)["reference"] }, status: response.status
  end

  def refund
    venue = current_user.venue
    headers = vipps_headers(venue.merchant_serial_number)
    Faraday.post("#{VIPPS_API}/epayment/v1/payments/#{params[:reference]}/refund",
                 { modificationAmount: { currency: "NOK", value: params[:amount_ore].to_i } }.to_json, headers)
    head :no_content
  end

  private

  def vipps_headers(msn)
    {
      "Authorization" => "Bearer #{Vipps::TokenService.new.access_token}",
      "Ocp-Apim-Subscription-Key" => ENV.fetch("VIPPS_SUBSCRIPTION_KEY"),
      "Merchant-Serial-Number" => msn,
      "Content-Type" => "application/json",
    }
  end

  def payment_body
    {
      amount: { currency: "NOK", value: params[:amount_ore].to_i },
      paymentMethod: { type: "WALLET" },
      reference: params[:reference],
      userFlow: "PUSH_MESSAGE",
    }
  end
end
