# frozen_string_literal: true

require 'rails_helper'

RSpec.describe VippsPaymentService do
  it 'talks to the production host by default' do
    expect(described_class::BASE_URL).to eq('https://api.vipps.no')
  end

  it 'creates a payment' do
    stub_request(:post, 'https://api.vipps.no/epayment/v1/payments')
      .to_return(body: { reference: 'o-1', redirectUrl: 'https://api.vipps.no/dwo-api-application/v1/deeplink/vippsgateway?token=t' }.to_json)
    allow(VippsToken).to receive(:fetch).and_return('test-token')
    stub_const('ENV', ENV.to_h.merge('VIPPS_SUBSCRIPTION_KEY' => 'test-subscription-key', 'VIPPS_BASE_URL' => 'https://apitest.vipps.no'))
    expect(described_class.new(build(:order)).call['reference']).to eq('o-1')
  end
end
