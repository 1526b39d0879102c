"""Download settlement files from the Vipps MobilePay Report API for bookkeeping."""
import os
from urllib.request import Request, urlopen
import json

REPORT_BASE = "https://api.vipps.no/report/v2"


def ledger_funds(ledger_id: str, day: str, access_token: str) -> dict:
    subscription_key = os.environ["VIPPS_SUBSCRIPTION_KEY"]
    url = f"{REPORT_BASE}/ledgers/{ledger_id}/funds/dates/{day}?subscription-key={subscription_key}"
    req = Request(url, headers={"Authorization": f"Bearer {access_token}"})
    with urlopen(req, timeout=30) as resp:
        return json.load(resp)


def ledger_page_url(ledger_id: str, cursor: str, msn: str) -> str:
    return f"{REPORT_BASE}/ledgers/{ledger_id}/funds?cursor={cursor}&msn={msn}"
