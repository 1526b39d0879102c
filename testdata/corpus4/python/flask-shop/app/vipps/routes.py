"""Vipps MobilePay ePayment routes for the Flask shop."""
import uuid

import requests
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from app.models import Store
from app.vipps.client import get_access_token

bp = Blueprint("vipps", __name__, url_prefix="/vipps")

TIMEOUT = 10


def _base() -> str:
    return current_app.config["VIPPS_API_BASE"]


@bp.post("/payments")
def create_payment():
    payload = request.get_json(force=True)
    reference = f"flask-{uuid.uuid4()}"
    resp = requests.post(
        f"{_base()}/epayment/v1/payments",
        json={
            "amount": {"currency": "NOK", "value": int(payload["amount"])},
            "paymentMethod": {"type": "WALLET"},
            "reference": reference,
            "returnUrl": f"https://butikk.acme.no/kvittering/{reference}",
            "userFlow": "WEB_REDIRECT",
        },
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": payload["merchantSerialNumber"],
            "Idempotency-Key": reference,
        },
        timeout=TIMEOUT,
    )
    resp.raise_for_status()
    return jsonify(reference=reference, redirectUrl=resp.json()["redirectUrl"]), 201


@bp.get("/payments/<reference>")
def payment_status(reference):
    msn = request.args.get("msn", "")
    resp = requests.get(
        f"{_base()}/epayment/v1/payments/{reference}",
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": msn,
        },
        timeout=TIMEOUT,
    )
    return jsonify(state=resp.json().get("state"))


@bp.post("/payments/<reference>/capture")
def capture(reference):
    headers = {
        "Authorization": f"Bearer {get_access_token()}",
        "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
        "Merchant-Serial-Number": request.form["msn"],
        "Idempotency-Key": str(uuid.uuid4()),
    }
    body = {"modificationAmount": {"currency": "NOK", "value": int(request.form["amount"])}}
    resp = requests.post(f"{_base()}/epayment/v1/payments/{reference}/capture", json=body, headers=headers, timeout=TIMEOUT)
    return ("", 204) if resp.ok else abort(502)


@bp.post("/payments/<reference>/cancel")
def cancel(reference):
    store_msn = request.headers.get("X-Store-MSN")
    resp = requests.post(
        f"{_base()}/epayment/v1/payments/{reference}/cancel",
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": store_msn,
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=TIMEOUT,
    )
    return ("", 204) if resp.ok else abort(502)


@bp.get("/payments/<reference>/events")
def events(reference):
    msn = request.cookies.get("store_msn")
    resp = requests.get(
        f"{_base()}/epayment/v1/payments/{reference}/events",
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": msn,
        },
        timeout=TIMEOUT,
    )
    return jsonify(resp.json())


# --- store owners (Flask-Login); the MSN is never read from the request -------------------


@bp.post("/my-store/payments/<reference>/refund")
@login_required
def refund(reference):
    msn = current_user.store.vipps_msn
    resp = requests.post(
        f"{_base()}/epayment/v1/payments/{reference}/refund",
        json={"modificationAmount": {"currency": "NOK", "value": int(request.form["amount"])}},
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": msn,
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=TIMEOUT,
    )
    return ("", 204) if resp.ok else abort(502)


@bp.get("/stores/<int:store_id>/payments/<reference>")
@login_required
def store_payment_status(store_id, reference):
    store = Store.query.filter_by(id=store_id, owner_id=current_user.id).first_or_404()
    resp = requests.get(
        f"{_base()}/epayment/v1/payments/{reference}",
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": store.vipps_msn,
        },
        timeout=TIMEOUT,
    )
    return jsonify(state=resp.json().get("state"))


@bp.post("/webshop/payments/<reference>/capture")
@login_required
def webshop_capture(reference):
    resp = requests.post(
        f"{_base()}/epayment/v1/payments/{reference}/capture",
        json={"modificationAmount": {"currency": "NOK", "value": int(request.form["amount"])}},
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": current_app.config["VIPPS_MSN"],
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=TIMEOUT,
    )
    return ("", 204) if resp.ok else abort(502)
