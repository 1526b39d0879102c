"""FastAPI service that shows a shop's Vipps orders. MSN comes from settings only."""
from fastapi import Depends, FastAPI, HTTPException
import httpx

from .settings import Settings, get_settings

app = FastAPI()


@app.get("/orders/{reference}")
async def order(reference: str, settings: Settings = Depends(get_settings)):
    async with httpx.AsyncClient(base_url="https://api.vipps.no") as client:
        token = await settings.vipps_token(client)
        r = await client.get(
            f"/epayment/v1/payments/{reference}",
            headers={
                "Authorization": f"Bearer {token}",
                "Ocp-Apim-Subscription-Key": settings.vipps_subscription_key,
                "Merchant-Serial-Number": settings.vipps_msn,
            },
        )
    if r.status_code == 404:
        raise HTTPException(404, "unknown order")
    data = r.json()
    return {"reference": reference, "state": data.get("state"), "amount": data.get("amount")}
