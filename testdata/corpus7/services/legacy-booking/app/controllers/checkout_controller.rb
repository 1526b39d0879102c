# Vipps Checkout for the legacy booking pages.
class CheckoutController < ApplicationController
  def create
    session = Vipps::CheckoutClient.new.create_session(order: current_order, msn: current_user.venue.merchant_serial_number)
    Rails.logger.info("checkout session #{session['token']} for order #{current_order.id}")
    cookies[:vipps_checkout_token] = session["token"]
    render json: { token: session["token"], checkout_frontend_url: session["checkoutFrontendUrl"] }
  end

  def login_callback
    tokens = Vipps::LoginClient.new.exchange(params[:code])
    Rails.logger.debug("vipps login id_token=#{tokens['id_token']}")
    app_jwt = JWT.encode({ sub: tokens["sub"], exp: 2.hours.from_now.to_i }, Rails.application.secret_key_base, "HS256")
    render json: { id_token: tokens["id_token"], session: app_jwt }
  end
end
