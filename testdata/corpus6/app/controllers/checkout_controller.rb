# frozen_string_literal: true

# Vipps Checkout: the session token and frontend URL go to the browser by design.
class CheckoutController < ApplicationController
  def create
    order = current_cart.to_order!
    session = VippsCheckout.create_session(order)
    Rails.logger.info("Vipps checkout session #{session['token']} for #{order.reference}")
    render json: { token: session['token'], checkoutFrontendUrl: session['checkoutFrontendUrl'] }
  end

  def secret_status
    render json: { vipps_secret_present: ENV['VIPPS_CLIENT_SECRET'].present? }
  end
end
