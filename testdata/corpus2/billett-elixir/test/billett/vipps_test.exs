defmodule Billett.VippsTest do
  use ExUnit.Case, async: true

  alias Billett.Vipps

  @config [
    base_url: "http://localhost",
    client_id: "test_client_id",
    client_secret: "test_client_secret",
    subscription_key: "test_subscription_key",
    msn: "123456"
  ]

  setup do
    bypass = Bypass.open()
    config = Keyword.put(@config, :base_url, "http://localhost:#{bypass.port}")
    {:ok, bypass: bypass, config: config}
  end

  test "fetches an access token with the configured keys", %{bypass: bypass, config: config} do
    Bypass.expect_once(bypass, "POST", "/accesstoken/get", fn conn ->
      assert Plug.Conn.get_req_header(conn, "client_secret") == ["test_client_secret"]
      assert Plug.Conn.get_req_header(conn, "ocp-apim-subscription-key") == ["test_subscription_key"]
      assert Plug.Conn.get_req_header(conn, "merchant-serial-number") == ["123456"]

      Plug.Conn.resp(conn, 200, ~s({"token_type":"Bearer","expires_in":"3599","access_token":"test_access_token"}))
    end)

    assert {:ok, "test_access_token"} = Vipps.access_token(config)
  end

  test "creates an ePayment with the event reference", %{bypass: bypass, config: config} do
    Bypass.stub(bypass, "POST", "/accesstoken/get", fn conn ->
      Plug.Conn.resp(conn, 200, ~s({"access_token":"test_access_token"}))
    end)

    Bypass.expect_once(bypass, "POST", "/epayment/v1/payments", fn conn ->
      assert ["Bearer test_access_token"] = Plug.Conn.get_req_header(conn, "authorization")
      Plug.Conn.resp(conn, 201, ~s({"reference":"konsert-2024-0042","redirectUrl":"https://example.org/redirect"}))
    end)

    assert {:ok, %{"reference" => "konsert-2024-0042"}} =
             Vipps.create_payment(config, reference: "konsert-2024-0042", amount_ore: 45_000)
  end
end
