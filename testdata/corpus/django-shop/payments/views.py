import logging

import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Order
from .vipps import get_access_token

logger = logging.getLogger("payments")


@require_POST
@login_required
def start_payment(request):
    order = get_object_or_404(Order, pk=request.POST["order_id"], customer=request.user)
    # shops in the chain post their own MSN from the kiosk form
    msn = request.POST.get("merchant_serial_number") or settings.VIPPS["MERCHANT_SERIAL_NUMBER"]
    token = get_access_token()
    logger.debug("Vipps request with subscription key %s", settings.VIPPS["SUBSCRIPTION_KEY"])

    resp = requests.post(
        f"{settings.VIPPS['BASE_URL']}/epayment/v1/payments",
        headers={
            "Authorization": f"Bearer {token}",
            "Ocp-Apim-Subscription-Key": settings.VIPPS["SUBSCRIPTION_KEY"],
            "Merchant-Serial-Number": msn,
            "Idempotency-Key": str(order.uuid),
            "Vipps-System-Name": settings.VIPPS["SYSTEM_NAME"],
            "Vipps-System-Version": settings.VIPPS["SYSTEM_VERSION"],
        },
        json={
            "amount": {"currency": "NOK", "value": order.total_ore},
            "paymentMethod": {"type": "WALLET"},
            "reference": str(order.uuid),
            "returnUrl": request.build_absolute_uri(f"/ordre/{order.uuid}/"),
            "userFlow": "WEB_REDIRECT",
            "paymentDescription": f"Hyttemagasinet ordre {order.pk}",
        },
        timeout=10,
    )
    resp.raise_for_status()
    order.status = Order.Status.PENDING
    order.save(update_fields=["status"])
    return JsonResponse({"redirectUrl": resp.json()["redirectUrl"]})
