"""Vipps MobilePay client for the settlement service (partner keys, one MSN per venue)."""
import hashlib
import logging

import httpx

from app.config import settings

log = logging.getLogger(__name__)


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


class VippsClient:
    def __init__(self) -> None:
        self.base_url = settings.vipps_base_url
        self.client_id = settings.vipps_client_id
        self.client_secret = settings.vipps_client_secret
        self.subscription_key = settings.vipps_subscription_key
        log.info("vipps client ready: secret set=%s, key fingerprint=%s",
                 bool(self.client_secret), _fingerprint(self.subscription_key))

    def _token_headers(self) -> dict:
        return {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "Ocp-Apim-Subscription-Key": self.subscription_key,
        }

    def access_token(self) -> str:
        headers = self._token_headers()
        resp = httpx.post(f"{self.base_url}/accesstoken/get", headers=headers, timeout=10)
        if resp.status_code != 200:
            log.warning("vipps token request failed: status=%s headers=%s", resp.status_code, headers)
            resp.raise_for_status()
        return resp.json()["access_token"]

    def capture(self, msn: str, reference: str, amount_ore: int) -> dict:
        headers = {
            "Authorization": f"Bearer {self.access_token()}",
            "Ocp-Apim-Subscription-Key": self.subscription_key,
            "Merchant-Serial-Number": msn,
            "Idempotency-Key": f"capture-{reference}",
        }
        resp = httpx.post(
            f"{self.base_url}/epayment/v1/payments/{reference}/capture",
            json={"modificationAmount": {"currency": "NOK", "value": amount_ore}},
            headers=headers,
        )
        resp.raise_for_status()
        return resp.json()
