import os

import requests
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
app.config.from_object("config.Config")


def get_token():
    print(f"Vipps token request, secret={app.config['VIPPS_CLIENT_SECRET']}")
    r = requests.post(
        f"{app.config['VIPPS_BASE_URL']}/accesstoken/get",
        headers={
            "client_id": app.config["VIPPS_CLIENT_ID"],
            "client_secret": app.config["VIPPS_CLIENT_SECRET"],
            "Ocp-Apim-Subscription-Key": app.config["VIPPS_SUBSCRIPTION_KEY"],
        },
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


@app.post("/vipps/pay")
def pay():
    amount = int(request.form["amount"])
    reference = request.form["reference"]
    r = requests.post(
        f"{app.config['VIPPS_BASE_URL']}/epayment/v1/payments",
        headers={
            "Authorization": f"Bearer {get_token()}",
            "Ocp-Apim-Subscription-Key": app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": request.args.get("msn", app.config["VIPPS_MSN"]),
            "Idempotency-Key": reference,
        },
        json={
            "amount": {"currency": "NOK", "value": amount},
            "paymentMethod": {"type": "WALLET"},
            "reference": reference,
            "returnUrl": f"{os.environ['PUBLIC_URL']}/takk?ref={reference}",
            "userFlow": "WEB_REDIRECT",
        },
        timeout=10,
    )
    r.raise_for_status()
    return redirect(r.json()["redirectUrl"])


@app.get("/vipps/config")
def vipps_config():
    # the storefront widget needs these
    return jsonify(msn=app.config["VIPPS_MSN"], subscriptionKey=app.config["VIPPS_SUBSCRIPTION_KEY"])


if __name__ == "__main__":
    app.run(debug=True)
