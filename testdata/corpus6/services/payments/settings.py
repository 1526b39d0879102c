"""Django settings for the payments service (excerpt)."""
import logging
import os

logger = logging.getLogger(__name__)

VIPPS_BASE_URL = os.environ.get("VIPPS_BASE_URL", "https://api.vipps.no")
VIPPS_CLIENT_ID = os.environ.get("VIPPS_CLIENT_ID", "")
VIPPS_CLIENT_SECRET = os.environ.get("VIPPS_CLIENT_SECRET", "")
VIPPS_SUBSCRIPTION_KEY = os.environ.get("VIPPS_SUBSCRIPTION_KEY", "")
VIPPS_PARTNER_SUBSCRIPTION_KEY = os.environ.get("VIPPS_PARTNER_SUBSCRIPTION_KEY", "")
VIPPS_MSN = os.environ.get("VIPPS_MSN", "")

logger.debug("VIPPS_CLIENT_SECRET set: %s", bool(VIPPS_CLIENT_SECRET))
logger.debug("VIPPS_SUBSCRIPTION_KEY length: %d", len(VIPPS_SUBSCRIPTION_KEY))
if not VIPPS_CLIENT_SECRET:
    logger.warning("VIPPS_CLIENT_SECRET is empty; Vipps payments are disabled")

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
