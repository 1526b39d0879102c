"""Bootstrap endpoint for the foyer kiosks: they fetch their configuration at start-up."""
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from onboarding.models import Kiosk


@require_GET
def kiosk_config(request, kiosk_id):
    kiosk = Kiosk.objects.select_related("venue").get(pk=kiosk_id)
    vipps = {
        "apiBase": settings.VIPPS_BASE_URL,
        "merchantSerialNumber": kiosk.venue.merchant_serial_number,
        "subscriptionKey": settings.VIPPS_SUBSCRIPTION_KEY,
    }
    return JsonResponse({"kiosk": kiosk.name, "venue": kiosk.venue.name, "vipps": vipps})


@require_GET
def kiosk_health(request, kiosk_id):
    return JsonResponse({
        "ok": True,
        "vippsKeyConfigured": bool(settings.VIPPS_SUBSCRIPTION_KEY),
        "vippsKeyTail": settings.VIPPS_SUBSCRIPTION_KEY[-4:],
    })
