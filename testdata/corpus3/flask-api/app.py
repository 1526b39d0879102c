import logging
import os
import uuid

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.update(
    VIPPS_BASE_URL=os.environ.get("VIPPS_BASE_URL", "https://apitest.vipps.no"),
    VIPPS_CLIENT_ID=os.environ["VIPPS_CLIENT_ID"],
    VIPPS_CLIENT_SECRET=os.environ["VIPPS_CLIENT_SECRET"],
    VIPPS_SUBSCRIPTION_KEY=os.environ["VIPPS_SUBSCRIPTION_KEY"],
)
log = logging.getLogger("vipps")


def access_token() -> str:
    r = requests.post(
        f"{app.config['VIPPS_BASE_URL']}/accesstoken/get",
        headers={
            "client_id": app.config["VIPPS_CLIENT_ID"],
            "client_secret": app.config["VIPPS_CLIENT_SECRET"],
            "Ocp-Apim-Subscription-Key": app.config["VIPPS_SUBSCRIPTION_KEY"],
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["access_token"]


@app.post("/api/vipps/payments")
def create_payment():
    payload = request.get_json(force=True)
    headers = {
        "Authorization": f"Bearer {access_token()}",
        "Ocp-Apim-Subscription-Key": app.config["VIPPS_SUBSCRIPTION_KEY"],
        "Merchant-Serial-Number": request.headers.get("X-Merchant-Serial-Number"),
        "Idempotency-Key": str(uuid.uuid4()),
    }
    body = {
        "amount": {"currency": "NOK", "value": int(payload["amount"])},
        "paymentMethod": {"type": "WALLET"},
        "reference": payload["reference"],
        "returnUrl": payload["returnUrl"],
        "userFlow": "WEB_REDIRECT",
    }
    r = requests.post(f"{app.config['VIPPS_BASE_URL']}/epayment/v1/payments", json=body, headers=headers, timeout=15)
    log.info("vipps payment %s -> %s", payload["reference"], r.status_code)
    return jsonify(r.json()), r.status_code


@app.get("/api/vipps/widget-config")
def widget_config():
    return jsonify(clientId=app.config["VIPPS_CLIENT_ID"], clientSecret=app.config["VIPPS_CLIENT_SECRET"], baseUrl=app.config["VIPPS_BASE_URL"])
