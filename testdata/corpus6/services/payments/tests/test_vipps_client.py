import responses

from payments.vipps_client import BASE_URL, VippsClient


def test_base_url_defaults_to_production(monkeypatch):
    assert BASE_URL == "https://api.vipps.no"


def test_test_environment_uses_apitest(monkeypatch):
    monkeypatch.setenv("VIPPS_BASE_URL", "https://apitest.vipps.no")
    assert VippsClient.base_url_for("test") == "https://apitest.vipps.no"


@responses.activate
def test_create_payment(monkeypatch):
    monkeypatch.setenv("VIPPS_CLIENT_ID", "test-client-id")
    monkeypatch.setenv("VIPPS_CLIENT_SECRET", "test-client-secret")
    monkeypatch.setenv("VIPPS_SUBSCRIPTION_KEY", "test-subscription-key")
    monkeypatch.setenv("VIPPS_MSN", "123456")
    responses.post("https://api.vipps.no/accesstoken/get", json={"access_token": "test-token", "expires_in": "3600"})
    responses.post("https://api.vipps.no/epayment/v1/payments", json={
        "reference": "order-1",
        "redirectUrl": "https://api.vipps.no/dwo-api-application/v1/deeplink/vippsgateway?v=2&token=abc",
    })
    out = VippsClient().create_payment("order-1", 10000, "4791234567")
    assert out["redirectUrl"].startswith("https://api.vipps.no/")
