import pytest

from app.config import Settings, base_url_for


def test_production_uses_production_host():
    assert base_url_for("production") == "https://api.vipps.no"


def test_test_environment_uses_test_host():
    assert base_url_for("test") == "https://apitest.vipps.no"


def test_production_settings_with_test_host_are_rejected(monkeypatch):
    monkeypatch.setenv("VIPPS_ENVIRONMENT", "production")
    monkeypatch.setenv("VIPPS_BASE_URL", "https://apitest.vipps.no")
    with pytest.raises(ValueError):
        Settings()


def test_token_response_is_mocked(httpx_mock):
    httpx_mock.add_response(
        url="https://api.vipps.no/accesstoken/get",
        json={"token_type": "Bearer", "expires_in": "3599", "access_token": "stub"},
    )
