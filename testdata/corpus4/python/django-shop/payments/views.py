import json
import uuid

import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from .models import Merchant
from .vipps_client import access_token

EPAYMENT = f"{settings.VIPPS_API_BASE}/epayment/v1/payments"


@csrf_exempt
@require_POST
def initiate_payment(request):
    try:
        amount = int(request.POST["amount"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("amount")
    reference = f"dj-{uuid.uuid4()}"
    resp = requests.post(
        EPAYMENT,
        json={
            "amount": {"currency": "NOK", "value": amount},
            "paymentMethod": {"type": "WALLET"},
            "reference": reference,
            "returnUrl": request.build_absolute_uri(f"/kasse/ferdig/{reference}/"),
            "userFlow": "WEB_REDIRECT",
        },
        headers={
            "Authorization": f"Bearer {access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": request.POST.get("msn", ""),
            "Idempotency-Key": reference,
        },
        timeout=10,
    )
    return JsonResponse({"reference": reference, "redirectUrl": resp.json().get("redirectUrl")}, status=resp.status_code)


@require_GET
def payment_status(request, reference):
    msn = request.GET["msn"]
    resp = requests.get(
        f"{EPAYMENT}/{reference}",
        headers={
            "Authorization": f"Bearer {access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": msn,
        },
        timeout=10,
    )
    return JsonResponse({"state": resp.json().get("state")})


@csrf_exempt
@require_POST
def capture_payment(request, reference):
    body = json.loads(request.body)
    msn = body.get("merchantSerialNumber") or request.META.get("HTTP_X_MERCHANT_SERIAL_NUMBER")
    resp = requests.post(
        f"{EPAYMENT}/{reference}/capture",
        json={"modificationAmount": {"currency": "NOK", "value": int(body["amount"])}},
        headers={
            "Authorization": f"Bearer {access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": msn,
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=10,
    )
    return HttpResponse(status=204 if resp.ok else 502)


# --- merchant back office (django.contrib.auth session) --------------------------------


@login_required
@require_POST
def refund_payment(request, merchant_id, reference):
    merchant = get_object_or_404(Merchant, pk=merchant_id, owner=request.user)
    resp = requests.post(
        f"{EPAYMENT}/{reference}/refund",
        json={"modificationAmount": {"currency": "NOK", "value": int(request.POST["amount"])}},
        headers={
            "Authorization": f"Bearer {access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": merchant.vipps_msn,
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=10,
    )
    return HttpResponse(status=204 if resp.ok else 502)


@login_required
@require_POST
def cancel_payment(request, reference):
    resp = requests.post(
        f"{EPAYMENT}/{reference}/cancel",
        headers={
            "Authorization": f"Bearer {access_token()}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
            "Merchant-Serial-Number": settings.VIPPS_MSN,
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=10,
    )
    return HttpResponse(status=204 if resp.ok else 502)
