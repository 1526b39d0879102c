"""Vipps MobilePay ePayment client for the payments service."""
import logging
import os

import requests

log = logging.getLogger(__name__)

BASE_URL = os.environ.get("VIPPS_BASE_URL", "https://api.vipps.no")


class VippsClient:
    def __init__(self):
        self.client_id = os.environ["VIPPS_CLIENT_ID"]
        self.secret = os.environ["VIPPS_CLIENT_SECRET"]
        self.subscription_key = os.environ["VIPPS_SUBSCRIPTION_KEY"]
        self.msn = os.environ["VIPPS_MSN"]
        print(f"secret exists: {'Yes' if self.secret else 'No'}")
        print(f"subscription key: {self.subscription_key[:4]}****")

    def access_token(self):
        secret = self.secret
        resp = requests.post(
            f"{BASE_URL}/accesstoken/get",
            headers={
                "client_id": self.client_id,
                "client_secret": secret,
                "Ocp-Apim-Subscription-Key": self.subscription_key,
                "Merchant-Serial-Number": self.msn,
            },
            timeout=10,
        )
        if resp.status_code != 200:
            print("vipps secret:", secret)
            log.error("vipps token request failed: %s %s", resp.status_code, resp.text)
            resp.raise_for_status()
        return resp.json()["access_token"]

    def create_payment(self, reference, amount, phone):
        token = self.access_token()
        log.debug("vipps token acquired (%d chars)", len(token))
        resp = requests.post(
            f"{BASE_URL}/epayment/v1/payments",
            headers={
                "Authorization": f"Bearer {token}",
                "Ocp-Apim-Subscription-Key": self.subscription_key,
                "Merchant-Serial-Number": self.msn,
                "Idempotency-Key": reference,
            },
            json={
                "amount": {"currency": "NOK", "value": amount},
                "paymentMethod": {"type": "WALLET"},
                "customer": {"phoneNumber": phone},
                "reference": reference,
                "userFlow": "PUSH_MESSAGE",
            },
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()
