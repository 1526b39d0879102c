from flask import Blueprint, request, jsonify
import requests
import uuid

from .auth import partner_access_token
from .settings import VIPPS_PARTNER_SUBSCRIPTION_KEY

bp = Blueprint("vipps", __name__)

VIPPS_BASE = "https://api.vipps.no"


@bp.route("/payments/<reference>/capture", methods=["POST"])
def capture(reference):
    headers = {
        "Authorization": f"Bearer {partner_access_token()}",
        "Ocp-Apim-Subscription-Key": VIPPS_PARTNER_SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": request.args.get("merchant_serial_number"),
        "Idempotency-Key": str(uuid.uuid4()),
    }
    body = {"modificationAmount": {"currency": "NOK", "value": int(request.json["amount"])}}
    r = requests.post(f"{VIPPS_BASE}/epayment/v1/payments/{reference}/capture", json=body, headers=headers, timeout=10)
    return jsonify(r.json()), r.status_code
