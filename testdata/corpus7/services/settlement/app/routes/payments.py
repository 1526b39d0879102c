"""Capture endpoints used by venue POS terminals and by the venue dashboard."""
from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel

from app.auth import Venue, get_current_venue
from app.config import settings
from app.vipps_client import VippsClient
import httpx

router = APIRouter(prefix="/captures")
vipps = VippsClient()


class CaptureIn(BaseModel):
    reference: str
    amount_ore: int


@router.post("/terminal")
def capture_from_terminal(body: CaptureIn, x_venue_msn: str = Header(...)):
    token = vipps.access_token()
    resp = httpx.post(
        f"{settings.vipps_base_url}/epayment/v1/payments/{body.reference}/capture",
        json={"modificationAmount": {"currency": "NOK", "value": body.amount_ore}},
        headers={
            "Authorization": f"Bearer {token}",
            "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
            "Merchant-Serial-Number": x_venue_msn,
        },
    )
    resp.raise_for_status()
    return {"state": resp.json()["state"]}


@router.post("/dashboard")
def capture_from_dashboard(body: CaptureIn, venue: Venue = Depends(get_current_venue)):
    return vipps.capture(venue.merchant_serial_number, body.reference, body.amount_ore)


@router.post("/batch/{msn}")
def capture_batch(msn: str, bodies: list[CaptureIn]):
    if msn not in settings.partner_msn_allowlist:
        raise HTTPException(status_code=403, detail="unknown merchant serial number")
    return [vipps.capture(msn, b.reference, b.amount_ore) for b in bodies]
