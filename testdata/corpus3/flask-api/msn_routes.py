"""Partner endpoints. The MSN is never taken from the caller as-is."""
import uuid

import requests
from flask import Blueprint, abort, current_app, jsonify, session
from flask_login import current_user, login_required

from .vipps import partner_token

bp = Blueprint("vipps_partner", __name__, url_prefix="/api/partner")


def _headers(msn: str) -> dict:
    return {
        "Authorization": f"Bearer {partner_token()}",
        "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_PARTNER_SUBSCRIPTION_KEY"],
        "Merchant-Serial-Number": msn,
        "Idempotency-Key": str(uuid.uuid4()),
    }


@bp.post("/me/payments/<reference>/capture")
@login_required
def capture_for_current_merchant(reference):
    # set at login from the merchant's own DB record; signed server-side session
    msn = session["merchant_msn"]
    r = requests.post(
        f"{current_app.config['VIPPS_BASE_URL']}/epayment/v1/payments/{reference}/capture",
        headers=_headers(msn),
        json={"modificationAmount": {"currency": "NOK", "value": 0}},
        timeout=15,
    )
    return jsonify(r.json()), r.status_code


@bp.get("/house/payments/<reference>")
@login_required
def house_account_status(reference):
    headers = {
        "Authorization": f"Bearer {partner_token()}",
        "Ocp-Apim-Subscription-Key": current_app.config["VIPPS_PARTNER_SUBSCRIPTION_KEY"],
        "Merchant-Serial-Number": current_app.config["VIPPS_HOUSE_MSN"],
    }
    r = requests.get(f"{current_app.config['VIPPS_BASE_URL']}/epayment/v1/payments/{reference}", headers=headers, timeout=15)
    return jsonify(r.json()), r.status_code


@bp.get("/merchants/<msn>/payments/<reference>")
@login_required
def merchant_payment(msn, reference):
    allowed = {unit.msn for unit in current_user.sales_units}
    if msn not in allowed:
        abort(403)
    r = requests.get(
        f"{current_app.config['VIPPS_BASE_URL']}/epayment/v1/payments/{reference}",
        headers={**_headers(msn)},
        timeout=15,
    )
    return jsonify(r.json()), r.status_code
