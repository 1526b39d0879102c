from typing import Annotated
from uuid import uuid4

import httpx
from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, status
from pydantic import BaseModel, Field

from app.auth import CurrentUser, get_current_user
from app.settings import Settings, get_settings
from app.vipps import get_access_token

router = APIRouter(prefix="/vipps", tags=["vipps"])


class CreatePayment(BaseModel):
    amount: int = Field(gt=0)
    phone_number: str
    merchant_serial_number: str


class Capture(BaseModel):
    amount: int = Field(gt=0)


@router.post("/payments", status_code=status.HTTP_201_CREATED)
async def create_payment(body: CreatePayment, settings: Annotated[Settings, Depends(get_settings)]):
    reference = f"fa-{uuid4()}"
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.post(
            "/epayment/v1/payments",
            json={
                "amount": {"currency": "NOK", "value": body.amount},
                "customer": {"phoneNumber": body.phone_number},
                "paymentMethod": {"type": "WALLET"},
                "reference": reference,
                "userFlow": "PUSH_MESSAGE",
            },
            headers={
                "Authorization": f"Bearer {await get_access_token(settings)}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": body.merchant_serial_number,
                "Idempotency-Key": reference,
            },
        )
    if resp.is_error:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY, "Vipps MobilePay error")
    return {"reference": reference}


@router.get("/payments/{reference}")
async def payment_status(
    reference: str,
    msn: Annotated[str, Query(min_length=5, max_length=7)],
    settings: Annotated[Settings, Depends(get_settings)],
):
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.get(
            f"/epayment/v1/payments/{reference}",
            headers={
                "Authorization": f"Bearer {await get_access_token(settings)}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": msn,
            },
        )
    return {"state": resp.json().get("state")}


@router.post("/payments/{reference}/capture", status_code=status.HTTP_204_NO_CONTENT)
async def capture(
    reference: str,
    body: Capture,
    x_merchant_serial_number: Annotated[str, Header()],
    settings: Annotated[Settings, Depends(get_settings)],
):
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.post(
            f"/epayment/v1/payments/{reference}/capture",
            json={"modificationAmount": {"currency": "NOK", "value": body.amount}},
            headers={
                "Authorization": f"Bearer {await get_access_token(settings)}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": x_merchant_serial_number,
                "Idempotency-Key": str(uuid4()),
            },
        )
    if resp.is_error:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY)


@router.post("/merchants/{msn}/payments/{reference}/cancel", status_code=status.HTTP_204_NO_CONTENT)
async def cancel(
    msn: Annotated[str, Path(pattern=r"^\d{5,7}$")],
    reference: str,
    settings: Annotated[Settings, Depends(get_settings)],
):
    headers = {
        "Authorization": f"Bearer {await get_access_token(settings)}",
        "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
        "Merchant-Serial-Number": msn,
        "Idempotency-Key": str(uuid4()),
    }
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.post(f"/epayment/v1/payments/{reference}/cancel", headers=headers)
    if resp.is_error:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY)


# --- authenticated merchants: MSN from the verified user or from settings -------------------


@router.post("/me/payments/{reference}/refund", status_code=status.HTTP_204_NO_CONTENT)
async def refund(
    reference: str,
    body: Capture,
    user: Annotated[CurrentUser, Depends(get_current_user)],
    settings: Annotated[Settings, Depends(get_settings)],
):
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.post(
            f"/epayment/v1/payments/{reference}/refund",
            json={"modificationAmount": {"currency": "NOK", "value": body.amount}},
            headers={
                "Authorization": f"Bearer {await get_access_token(settings)}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": user.merchant_serial_number,
                "Idempotency-Key": str(uuid4()),
            },
        )
    if resp.is_error:
        raise HTTPException(status.HTTP_502_BAD_GATEWAY)


@router.get("/webshop/payments/{reference}/events")
async def events(reference: str, settings: Annotated[Settings, Depends(get_settings)]):
    async with httpx.AsyncClient(base_url=settings.vipps_api_base, timeout=10) as client:
        resp = await client.get(
            f"/epayment/v1/payments/{reference}/events",
            headers={
                "Authorization": f"Bearer {await get_access_token(settings)}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": settings.vipps_msn,
            },
        )
    return resp.json()
