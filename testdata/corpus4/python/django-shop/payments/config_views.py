"""Bootstrap endpoints for the JavaScript checkout and the store tablets."""
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Order


@require_GET
def checkout_config(request):
    return JsonResponse({"msn": settings.VIPPS_MSN, "returnUrl": settings.VIPPS_RETURN_URL, "apiBase": settings.VIPPS_API_BASE})


@login_required
@require_GET
def tablet_config(request):
    # The tablets call api.vipps.no themselves and need the API product key.
    return JsonResponse({"msn": settings.VIPPS_MSN, "subscriptionKey": settings.VIPPS_SUBSCRIPTION_KEY})


@login_required
@require_GET
def tablet_token_config(request):
    # Tablets only learn which client they are and whether the server is configured.
    return JsonResponse({"client_id": settings.VIPPS_CLIENT_ID, "secretConfigured": bool(settings.VIPPS_CLIENT_SECRET)})


@login_required
@require_GET
def order_status(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    return JsonResponse({"orderId": order.pk, "reference": order.vipps_reference, "state": order.vipps_state})
