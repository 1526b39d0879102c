"""Kasse-API for Matkjeden – én Vipps-salgsenhet per butikk, felles partnernøkler."""
import os
import uuid

import requests
from flask import Flask, jsonify, request

from vipps_auth import get_access_token

app = Flask(__name__)

VIPPS_BASE = os.environ.get("VIPPS_BASE_URL", "https://api.vipps.no")
SYSTEM_HEADERS = {
    "Vipps-System-Name": "matkjeden-kasse",
    "Vipps-System-Version": "3.2.0",
}


@app.post("/api/kasse/<int:kasse_id>/betaling")
def start_betaling(kasse_id: int):
    body = request.get_json(force=True)
    msn = request.args.get("msn")  # butikkens salgsenhet, settes av kasseklienten
    headers = {
        "Authorization": f"Bearer {get_access_token()}",
        "Ocp-Apim-Subscription-Key": os.environ["VIPPS_SUBSCRIPTION_KEY"],
        "Merchant-Serial-Number": msn,
        "Idempotency-Key": str(uuid.uuid4()),
        **SYSTEM_HEADERS,
    }
    payload = {
        "amount": {"currency": "NOK", "value": int(body["belop_ore"])},
        "paymentMethod": {"type": "WALLET"},
        "customer": {"phoneNumber": body["telefon"]},
        "reference": f"kasse{kasse_id}-{uuid.uuid4().hex[:12]}",
        "userFlow": "PUSH_MESSAGE",
        "paymentDescription": f"Kasse {kasse_id}",
    }
    resp = requests.post(f"{VIPPS_BASE}/epayment/v1/payments", json=payload, headers=headers, timeout=10)
    resp.raise_for_status()
    return jsonify(reference=payload["reference"], state=resp.json().get("state", "CREATED"))


@app.get("/api/helse")
def helse():
    return jsonify(ok=True)
