"""Django settings for the Acme shop."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "shop.acme.no").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "payments",
    "orders",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "shop"),
        "USER": os.environ.get("POSTGRES_USER", "shop"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

# Vipps MobilePay. Keys look like the docs' examples (client_secret e.g. "Y8Kteew6GE3ZmeycEt6egg==")
# but are only ever read from the environment.
VIPPS = {
    "BASE_URL": os.environ.get("VIPPS_BASE_URL", "https://apitest.vipps.no"),
    "CLIENT_ID": os.environ.get("VIPPS_CLIENT_ID", ""),
    "CLIENT_SECRET": os.environ.get("VIPPS_CLIENT_SECRET", ""),
    "SUBSCRIPTION_KEY": os.environ.get("VIPPS_SUBSCRIPTION_KEY", ""),
    "MERCHANT_SERIAL_NUMBER": os.environ.get("VIPPS_MSN", "123456"),
    "WEBHOOK_SECRET": os.environ.get("VIPPS_WEBHOOK_SECRET"),
}

LOGGING = {
    "version": 1,
    "filters": {"redact_vipps": {"()": "payments.logging.RedactVippsSecrets"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_vipps"]}},
    "loggers": {"payments.vipps": {"handlers": ["console"], "level": "INFO"}},
}
