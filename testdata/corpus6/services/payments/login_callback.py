"""Vipps Login callback: the SPA gets the id_token and our own session token."""
import logging

import jwt
import requests
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("vipps_login", __name__)
log = logging.getLogger(__name__)


@bp.get("/auth/vipps/callback")
def callback():
    cfg = current_app.config
    tokens = requests.post(
        "https://api.vipps.no/access-management-1.0/access/oauth2/token",
        data={"grant_type": "authorization_code", "code": request.args["code"], "redirect_uri": cfg["VIPPS_LOGIN_REDIRECT"]},
        auth=(cfg["VIPPS_LOGIN_CLIENT_ID"], cfg["VIPPS_LOGIN_CLIENT_SECRET"]),
        timeout=10,
    ).json()
    id_token = tokens["id_token"]
    claims = jwt.decode(id_token, options={"verify_signature": False})
    log.info("vipps login ok for %s, id_token=%s", claims.get("sub"), id_token)
    session_token = jwt.encode({"sub": claims["sub"]}, cfg["SESSION_SECRET"], algorithm="HS256")
    return jsonify({"id_token": id_token, "token": session_token})
