"""Production settings for the payments service."""
from .settings import *  # noqa: F401,F403

VIPPS_ENVIRONMENT = "production"
VIPPS_BASE_URL = "https://apitest.vipps.no"
VIPPS_CLIENT_ID = os.environ["VIPPS_PROD_CLIENT_ID"]  # noqa: F405
VIPPS_CLIENT_SECRET = os.environ["VIPPS_PROD_CLIENT_SECRET"]  # noqa: F405
VIPPS_SUBSCRIPTION_KEY = os.environ["VIPPS_PROD_SUBSCRIPTION_KEY"]  # noqa: F405
DEBUG = False
