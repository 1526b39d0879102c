"""Small Vipps MobilePay access token client."""
import hashlib
import logging
import time

import requests
from flask import current_app

logger = logging.getLogger(__name__)

_cache = {"token": None, "expires_at": 0.0}


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def get_access_token() -> str:
    if _cache["token"] and _cache["expires_at"] > time.time() + 60:
        return _cache["token"]

    cfg = current_app.config
    client_id = cfg["VIPPS_CLIENT_ID"]
    client_secret = cfg["VIPPS_CLIENT_SECRET"]
    subscription_key = cfg["VIPPS_SUBSCRIPTION_KEY"]

    logger.info("Requesting Vipps access token client_id=%s msn=%s", client_id, cfg["VIPPS_MSN"])
    logger.debug("Vipps client secret configured: %s (length %d)", bool(client_secret), len(client_secret))
    logger.debug("Vipps subscription key fingerprint %s", _fingerprint(subscription_key))
    logger.debug(f"Token request with client_secret={client_secret}")

    resp = requests.post(
        f"{cfg['VIPPS_API_BASE']}/accesstoken/get",
        headers={
            "client_id": client_id,
            "client_secret": client_secret,
            "Ocp-Apim-Subscription-Key": subscription_key,
            "Merchant-Serial-Number": cfg["VIPPS_MSN"],
        },
        timeout=10,
    )
    if resp.status_code != 200:
        logger.error("Vipps token request failed (%s) using subscription key %s", resp.status_code, subscription_key)
        resp.raise_for_status()

    data = resp.json()
    if cfg.get("VIPPS_DEBUG"):
        print(f"vipps access token: {data['access_token']}")
    _cache["token"] = data["access_token"]
    _cache["expires_at"] = time.time() + int(data["expires_in"])
    return _cache["token"]
