"""Debug views, enabled on staging only (and, by mistake, in production)."""
from django.conf import settings
from django.http import JsonResponse


def vipps_debug(request):
    return JsonResponse({
        "base_url": settings.VIPPS_BASE_URL,
        "msn": settings.VIPPS_MSN,
        "subscription_key": settings.VIPPS_SUBSCRIPTION_KEY,
        "client_secret_set": bool(settings.VIPPS_CLIENT_SECRET),
    })


def vipps_debug_masked(request):
    key = settings.VIPPS_SUBSCRIPTION_KEY
    return JsonResponse({"subscription_key": key[:4] + "…" if key else None, "secret_len": len(settings.VIPPS_CLIENT_SECRET)})
