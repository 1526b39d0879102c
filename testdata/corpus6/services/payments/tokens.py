"""Partner token cache for the Django views."""
import logging
import time

import requests
from django.conf import settings

logger = logging.getLogger(__name__)
_cache = {"token": None, "expires": 0}


def partner_access_token():
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(
        "https://api.vipps.no/accesstoken/get",
        headers={
            "client_id": settings.VIPPS_PARTNER_CLIENT_ID,
            "client_secret": settings.VIPPS_PARTNER_CLIENT_SECRET,
            "Ocp-Apim-Subscription-Key": settings.VIPPS_PARTNER_SUBSCRIPTION_KEY,
        },
        timeout=10,
    )
    if resp.status_code != 200:
        logger.error("vipps partner token failed: %s", resp.status_code)
        raise RuntimeError("vipps partner token failed")
    body = resp.json()
    _cache.update(token=body["access_token"], expires=time.time() + int(body["expires_in"]))
    logger.info("vipps partner token refreshed; expires in %s s", body["expires_in"])
    return _cache["token"]
