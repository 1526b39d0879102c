"""Django settings for venue onboarding in production."""
import os

from .settings_base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["onboarding.kulisse.no"]

# Partner keys: Kulisse acts on behalf of every venue through the Management API.
VIPPS_PARTNER_CLIENT_ID = os.environ["VIPPS_PARTNER_CLIENT_ID"]
VIPPS_PARTNER_CLIENT_SECRET = os.environ["VIPPS_PARTNER_CLIENT_SECRET"]
VIPPS_PARTNER_SUBSCRIPTION_KEY = os.environ["VIPPS_PARTNER_SUBSCRIPTION_KEY"]
VIPPS_BASE_URL = "https://apitest.vipps.no"
VIPPS_MANAGEMENT_URL = VIPPS_BASE_URL + "/management"

VIPPS_LOGIN_CLIENT_ID = os.environ["VIPPS_LOGIN_CLIENT_ID"]
VIPPS_LOGIN_CLIENT_SECRET = os.environ["VIPPS_LOGIN_CLIENT_SECRET"]
VIPPS_LOGIN_REDIRECT_URI = "https://onboarding.kulisse.no/login/callback"
