"""Small Flask service the kiosk app talks to."""
import logging
import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("kiosk")

VIPPS_BASE = "https://api.vipps.no"
SUBSCRIPTION_KEY = os.environ["VIPPS_SUBSCRIPTION_KEY"]
ALLOWED_MSNS = set(os.environ.get("KIOSK_MSNS", "").split(","))


def _token():
    return requests.post(f"{VIPPS_BASE}/accesstoken/get", headers={
        "client_id": os.environ["VIPPS_CLIENT_ID"],
        "client_secret": os.environ["VIPPS_CLIENT_SECRET"],
        "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
    }, timeout=10).json()["access_token"]


@app.post("/kiosk/pay")
def kiosk_pay():
    msn = request.headers.get("X-Merchant")
    headers = {
        "Authorization": f"Bearer {_token()}",
        "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": msn,
    }
    log.info("calling vipps with headers %s", headers)
    r = requests.post(f"{VIPPS_BASE}/epayment/v1/payments", headers=headers, json=request.get_json(), timeout=10)
    return jsonify(r.json()), r.status_code


@app.post("/kiosk/<msn>/cancel/<reference>")
def kiosk_cancel(msn, reference):
    if msn not in ALLOWED_MSNS:
        abort(403)
    headers = {
        "Authorization": f"Bearer {_token()}",
        "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": msn,
    }
    log.info("cancel %s for %s", reference, msn)
    r = requests.post(f"{VIPPS_BASE}/epayment/v1/payments/{reference}/cancel", headers=headers, timeout=10)
    return "", r.status_code
