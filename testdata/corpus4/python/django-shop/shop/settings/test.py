"""Settings for pytest (DJANGO_SETTINGS_MODULE=shop.settings.test)."""
from .base import *  # noqa: F401,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

VIPPS_API_BASE = "https://apitest.vipps.no"
VIPPS_CLIENT_ID = "test-client-id"
VIPPS_CLIENT_SECRET = "test_client_secret"
VIPPS_SUBSCRIPTION_KEY = "test_subscription_key"
VIPPS_MSN = "123456"
VIPPS_RETURN_URL = "http://testserver/kasse/ferdig/"
