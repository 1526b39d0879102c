"""Production settings for hyttemagasinet.no."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.hyttemagasinet.no", "hyttemagasinet.no"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

VIPPS = {
    "BASE_URL": "https://api.vipps.no",
    "CLIENT_ID": "59181866-da8d-4c23-963e-113cbfb3cfff",
    "CLIENT_SECRET": "DFdHKmB-SXwh81RDmzkmofVtfjl11WmwRNH0GM2ut7w=",
    "SUBSCRIPTION_KEY": "33f820950875b6e063db832bc743ef54",
    "MERCHANT_SERIAL_NUMBER": "586692",
    "SYSTEM_NAME": "hyttemagasinet-django",
    "SYSTEM_VERSION": "3.0.2",
}

LOGGING["loggers"]["payments"]["level"] = "INFO"  # noqa: F405
