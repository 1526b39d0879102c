"""Vipps MobilePay ePayment for Frisørbooking (SaaS, partnernøkler).

Hver salong har sin egen salgsenhet. MSN hentes fra salongen til den innloggede
brukeren, aldri fra forespørselen.
"""
import uuid

import httpx
from fastapi import APIRouter, Depends, HTTPException, Request

from .auth import current_user
from .config import settings
from .models import Booking, User
from .tokens import partner_access_token

router = APIRouter(prefix="/vipps", tags=["vipps"])


@router.post("/bookings/{booking_id}/payment")
async def start_payment(booking_id: int, request: Request, user: User = Depends(current_user)):
    booking = await Booking.get_for_salon(booking_id, salon_id=user.salon_id)
    if booking is None:
        raise HTTPException(status_code=404)

    msn = user.salon.vipps_msn
    reference = f"fb-{booking.id}-{uuid.uuid4().hex[:10]}"
    headers = {
        "Authorization": f"Bearer {await partner_access_token()}",
        "Ocp-Apim-Subscription-Key": settings.vipps_partner_subscription_key,
        "Merchant-Serial-Number": msn,
        "Idempotency-Key": reference,
        "Vipps-System-Name": "frisorbooking",
        "Vipps-System-Version": settings.version,
    }
    body = {
        "amount": {"currency": "NOK", "value": booking.price_ore},
        "paymentMethod": {"type": "WALLET"},
        "reference": reference,
        "userFlow": "WEB_REDIRECT",
        "returnUrl": str(request.url_for("payment_done", booking_id=booking.id)),
        "paymentDescription": booking.service_name,
    }
    async with httpx.AsyncClient(base_url=settings.vipps_base_url, timeout=10) as client:
        resp = await client.post("/epayment/v1/payments", json=body, headers=headers)
    resp.raise_for_status()
    return {"reference": reference, "redirectUrl": resp.json()["redirectUrl"]}
