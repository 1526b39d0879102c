"""Django views for the partner terminal API (partner keys, one MSN per shop)."""
import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .tokens import partner_access_token

VIPPS = "https://api.vipps.no/epayment/v1/payments"


@require_POST
def terminal_payment(request):
    headers = {
        "Authorization": f"Bearer {partner_access_token()}",
        "Ocp-Apim-Subscription-Key": settings.VIPPS_PARTNER_SUBSCRIPTION_KEY,
        "Idempotency-Key": request.POST["reference"],
    }
    headers["Merchant-Serial-Number"] = request.POST["msn"]
    resp = requests.post(VIPPS, headers=headers, json={
        "amount": {"currency": "NOK", "value": int(request.POST["amount"])},
        "paymentMethod": {"type": "WALLET"},
        "reference": request.POST["reference"],
        "userFlow": "PUSH_MESSAGE",
    }, timeout=10)
    return JsonResponse(resp.json(), status=resp.status_code)


@login_required
@require_POST
def shop_payment(request):
    shop = request.user.shop
    headers = {
        "Authorization": f"Bearer {partner_access_token()}",
        "Ocp-Apim-Subscription-Key": settings.VIPPS_PARTNER_SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": shop.vipps_msn,
        "Idempotency-Key": request.POST["reference"],
    }
    resp = requests.post(VIPPS, headers=headers, json={
        "amount": {"currency": "NOK", "value": int(request.POST["amount"])},
        "paymentMethod": {"type": "WALLET"},
        "reference": request.POST["reference"],
        "userFlow": "WEB_REDIRECT",
        "returnUrl": f"https://fjordkasse.no/shops/{shop.slug}/done",
    }, timeout=10)
    return JsonResponse(resp.json(), status=resp.status_code)
