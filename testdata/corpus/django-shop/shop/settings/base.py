"""Base settings shared by all environments."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY", default="changeme")
DEBUG = env.bool("DJANGO_DEBUG", default=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "catalog",
    "payments",
]

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]

# Vipps MobilePay - values come from the environment / Azure Key Vault
VIPPS = {
    "BASE_URL": env("VIPPS_BASE_URL", default="https://apitest.vipps.no"),
    "CLIENT_ID": env("VIPPS_CLIENT_ID", default="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"),
    "CLIENT_SECRET": env("VIPPS_CLIENT_SECRET", default="changeme"),
    "SUBSCRIPTION_KEY": env("VIPPS_SUBSCRIPTION_KEY", default="changeme"),
    "MERCHANT_SERIAL_NUMBER": env("VIPPS_MSN", default="123456"),
    "SYSTEM_NAME": "hyttemagasinet-django",
    "SYSTEM_VERSION": "3.0.2",
}

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"payments": {"handlers": ["console"], "level": "DEBUG"}},
}
