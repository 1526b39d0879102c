"""Access token handling for the Vipps MobilePay APIs."""
import logging

import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("payments.vipps")

CACHE_KEY = "vipps:access-token"


def _redact(value: str) -> str:
    return f"***{value[-4:]}" if value else "<unset>"


def access_token() -> str:
    token = cache.get(CACHE_KEY)
    if token:
        return token

    logger.info("Fetching Vipps token for client %s (MSN %s)", settings.VIPPS_CLIENT_ID, settings.VIPPS_MSN)
    logger.debug("Using subscription key %s", _redact(settings.VIPPS_SUBSCRIPTION_KEY))
    logger.debug("Client secret length: %d", len(settings.VIPPS_CLIENT_SECRET))

    try:
        resp = requests.post(
            f"{settings.VIPPS_API_BASE}/accesstoken/get",
            headers={
                "client_id": settings.VIPPS_CLIENT_ID,
                "client_secret": settings.VIPPS_CLIENT_SECRET,
                "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
                "Merchant-Serial-Number": settings.VIPPS_MSN,
            },
            timeout=10,
        )
        resp.raise_for_status()
    except requests.HTTPError:
        logger.exception("Vipps auth failed for subscription key %s", settings.VIPPS_SUBSCRIPTION_KEY)
        raise

    data = resp.json()
    token = data["access_token"]
    logger.debug("Vipps access token %s (expires in %ss)", token, data["expires_in"])
    cache.set(CACHE_KEY, token, timeout=int(data["expires_in"]) - 60)
    return token
