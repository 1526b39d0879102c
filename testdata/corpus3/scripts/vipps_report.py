#!/usr/bin/env python3
"""Nightly settlement export from the Vipps Report API (accounting keys)."""
import csv
import datetime as dt
import os
import sys

import requests

BASE = "https://api.vipps.no"
CLIENT_ID = os.environ["VIPPS_ACCOUNTING_CLIENT_ID"]
CLIENT_SECRET = os.environ["VIPPS_ACCOUNTING_CLIENT_SECRET"]
SUBSCRIPTION_KEY = os.environ["VIPPS_ACCOUNTING_SUBSCRIPTION_KEY"]


def token() -> str:
    r = requests.post(
        f"{BASE}/miami/v1/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    if r.status_code != 200:
        print(f"token request failed ({r.status_code}) using secret {CLIENT_SECRET}", file=sys.stderr)
        sys.exit(1)
    return r.json()["access_token"]


def ledgers(tok: str) -> list[dict]:
    url = f"{BASE}/report/v2/ledgers?subscription-key={SUBSCRIPTION_KEY}"
    r = requests.get(url, headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


def main() -> None:
    tok = token()
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    with open(f"settlements-{day}.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ledgerId", "currency", "payoutBankAccount"])
        for led in ledgers(tok):
            w.writerow([led["ledgerId"], led["currency"], led.get("payoutBankAccount", {}).get("accountNumber")])


if __name__ == "__main__":
    main()
