"""Production settings for shop.acme.no."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.acme.no"]

# Vipps MobilePay (production sales unit "Acme Nettbutikk")
VIPPS_API_BASE = "https://apitest.vipps.no"
VIPPS_CLIENT_ID = os.environ["VIPPS_CLIENT_ID"]
VIPPS_CLIENT_SECRET = os.environ["VIPPS_CLIENT_SECRET"]
VIPPS_SUBSCRIPTION_KEY = os.environ["VIPPS_SUBSCRIPTION_KEY"]
VIPPS_MSN = os.environ.get("VIPPS_MSN", "318402")
VIPPS_RETURN_URL = "https://shop.acme.no/kasse/ferdig/"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
