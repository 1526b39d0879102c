require "rails_helper"

RSpec.describe Vipps::TokenService do
  before do
    stub_const("Vipps::TokenService::BASE_URL", "https://api.vipps.no")
    stub_request(:post, "https://api.vipps.no/accesstoken/get")
      .with(headers: { "client_secret" => "spec-secret" })
      .to_return(status: 200, body: { access_token: "stub-token", expires_in: "3600" }.to_json)
  end

  it "returns the access token from the production host" do
    expect(described_class.new.access_token).to eq("stub-token")
  end

  it "is configured against the test host in CI" do
    expect(ENV.fetch("VIPPS_BASE_URL", "https://apitest.vipps.no")).to match(/vipps\.no/)
  end
end
