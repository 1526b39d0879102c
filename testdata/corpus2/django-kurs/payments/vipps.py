"""Vipps MobilePay-integrasjon for kurspåmelding (ePayment API)."""
import logging
import uuid

import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

TOKEN_CACHE_KEY = "vipps:access-token"


def _mask(value: str) -> str:
    return f"{value[:4]}…({len(value)} tegn)" if value else "<tom>"


def get_access_token() -> str:
    token = cache.get(TOKEN_CACHE_KEY)
    if token:
        return token
    logger.info("Henter Vipps-token, subscription key %s", _mask(settings.VIPPS_SUBSCRIPTION_KEY))
    logger.debug("Vipps token request: client_id=%s client_secret=%s", settings.VIPPS_CLIENT_ID, settings.VIPPS_CLIENT_SECRET)
    resp = requests.post(
        f"{settings.VIPPS_BASE_URL}/accesstoken/get",
        headers={
            "client_id": settings.VIPPS_CLIENT_ID,
            "client_secret": settings.VIPPS_CLIENT_SECRET,
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": settings.VIPPS_MSN,
        },
        timeout=10,
    )
    resp.raise_for_status()
    token = resp.json()["access_token"]
    cache.set(TOKEN_CACHE_KEY, token, timeout=50 * 60)
    return token


def create_payment(pamelding) -> dict:
    reference = f"kurs-{pamelding.pk}-{uuid.uuid4().hex[:8]}"
    resp = requests.post(
        f"{settings.VIPPS_BASE_URL}/epayment/v1/payments",
        headers={
            "Authorization": f"Bearer {get_access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": settings.VIPPS_MSN,
            "Idempotency-Key": reference,
        },
        json={
            "amount": {"currency": "NOK", "value": pamelding.kurs.pris_ore},
            "paymentMethod": {"type": "WALLET"},
            "reference": reference,
            "userFlow": "WEB_REDIRECT",
            "returnUrl": f"{settings.SITE_URL}/kurs/vipps/ferdig/?ref={reference}",
        },
        timeout=10,
    )
    resp.raise_for_status()
    logger.info("Vipps-betaling opprettet ref=%s pamelding=%s", reference, pamelding.pk)
    return resp.json()
