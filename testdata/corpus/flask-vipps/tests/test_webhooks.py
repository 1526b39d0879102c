import base64
import hashlib
import hmac
import json

import pytest

from app import app

WEBHOOK_SECRET = "test_webhook_secret"


def sign(body: bytes, path: str, date: str, host: str, secret: str = WEBHOOK_SECRET) -> dict:
    content = base64.b64encode(hashlib.sha256(body).digest()).decode()
    to_sign = f"POST\n{path}\n{date};{host};{content}"
    sig = base64.b64encode(hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).digest()).decode()
    return {
        "x-ms-date": date,
        "x-ms-content-sha256": content,
        "Host": host,
        "Authorization": f"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={sig}",
    }


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setitem(app.config, "VIPPS_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setitem(app.config, "VIPPS_CLIENT_SECRET", "xxx")
    monkeypatch.setitem(app.config, "VIPPS_SUBSCRIPTION_KEY", "xxx")
    return app.test_client()


def test_rejects_bad_signature(client):
    body = json.dumps({"name": "AUTHORIZED", "reference": "ref-1"}).encode()
    headers = sign(body, "/vipps/webhook", "Thu, 02 May 2024 10:15:03 GMT", "localhost", secret="wrong")
    assert client.post("/vipps/webhook", data=body, headers=headers).status_code == 401
