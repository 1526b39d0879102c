"""Venue staff sign in with Vipps Login; we keep our own session afterwards."""
import logging

import jwt
import requests
from django.conf import settings
from django.http import JsonResponse

log = logging.getLogger(__name__)

TOKEN_URL = "https://api.vipps.no/access-management-1.0/access/oauth2/token"


def login_callback(request):
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": request.GET["code"],
            "redirect_uri": settings.VIPPS_LOGIN_REDIRECT_URI,
        },
        auth=(settings.VIPPS_LOGIN_CLIENT_ID, settings.VIPPS_LOGIN_CLIENT_SECRET),
        timeout=10,
    )
    resp.raise_for_status()
    id_token = resp.json()["id_token"]
    log.info("vipps login ok, id_token=%s", id_token)
    claims = jwt.decode(id_token, options={"verify_signature": False})
    session_token = jwt.encode({"sub": claims["sub"], "role": "venue-staff"}, settings.SECRET_KEY, algorithm="HS256")
    response = JsonResponse({"id_token": id_token, "session": session_token})
    response.set_cookie("kulisse_staff", session_token, httponly=True, secure=True)
    return response


def vipps_login_status(request):
    return JsonResponse({
        "configured": bool(settings.VIPPS_LOGIN_CLIENT_SECRET),
        "client_id": settings.VIPPS_LOGIN_CLIENT_ID,
    })
