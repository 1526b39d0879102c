"""Nightly download of settlement ledgers from the Vipps MobilePay Report API."""
import os

import requests

SUB_KEY = os.environ["VIPPS_SUBSCRIPTION_KEY"]
MSN = os.environ["VIPPS_MSN"]


def ledgers(token):
    url = f"https://api.vipps.no/report/v2/ledgers?msn={MSN}&subscription-key={SUB_KEY}"
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=30).json()


def funds(token, ledger_id, cursor=None):
    params = {"ledgerId": ledger_id}
    if cursor:
        params["cursor"] = cursor
    return requests.get(
        "https://api.vipps.no/report/v2/funds/feed",
        params=params,
        headers={"Authorization": f"Bearer {token}", "Ocp-Apim-Subscription-Key": SUB_KEY},
        timeout=30,
    ).json()
