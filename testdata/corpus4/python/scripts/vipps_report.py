#!/usr/bin/env python3
"""Daily settlement report from the Vipps MobilePay Report API.

Usage: VIPPS_* env vars set, then `python vipps_report.py 2024-05-01`.
"""
import os
import sys
from base64 import b64encode

import requests

BASE = os.environ.get("VIPPS_API_BASE", "https://api.vipps.no")
CLIENT_ID = os.environ["VIPPS_CLIENT_ID"]
CLIENT_SECRET = os.environ["VIPPS_CLIENT_SECRET"]
SUBSCRIPTION_KEY = os.environ["VIPPS_SUBSCRIPTION_KEY"]
MSN = os.environ["VIPPS_MSN"]


def token() -> str:
    # Accounting keys use the miami token endpoint with Basic auth and a form body.
    basic = b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        f"{BASE}/miami/v1/token",
        headers={"Authorization": f"Basic {basic}", "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY},
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def token_form_post() -> str:
    resp = requests.post(
        f"{BASE}/miami/v1/token",
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
        headers={"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def ledger_id(access_token: str) -> str:
    resp = requests.get(
        f"{BASE}/report/v2/ledgers?msn={MSN}&subscription-key={SUBSCRIPTION_KEY}",
        headers={"Authorization": f"Bearer {access_token}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["items"][0]["ledgerId"]


def funds(access_token: str, ledger: str, date: str) -> dict:
    resp = requests.get(
        f"{BASE}/report/v2/ledgers/{ledger}/funds/dates/{date}?includeGDPRSensitiveData=false",
        headers={
            "Authorization": f"Bearer {access_token}",
            "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def funds_by_token_in_url(access_token: str, ledger: str, date: str) -> dict:
    url = f"{BASE}/report/v2/ledgers/{ledger}/funds/dates/{date}?access_token={access_token}"
    resp = requests.get(url, headers={"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY}, timeout=30)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    day = sys.argv[1]
    t = token()
    report = funds(t, ledger_id(t), day)
    print(f"{day}: {len(report.get('items', []))} transactions")
