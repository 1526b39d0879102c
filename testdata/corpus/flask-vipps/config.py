import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "changeme")

    VIPPS_BASE_URL = os.environ.get("VIPPS_BASE_URL", "https://apitest.vipps.no")
    VIPPS_CLIENT_ID = os.environ["VIPPS_CLIENT_ID"]
    VIPPS_CLIENT_SECRET = os.environ["VIPPS_CLIENT_SECRET"]
    VIPPS_SUBSCRIPTION_KEY = os.environ["VIPPS_SUBSCRIPTION_KEY"]
    VIPPS_MSN = os.environ.get("VIPPS_MSN", "123456")

    # secret returned when we registered the webhook (POST /webhooks/v1/webhooks)
    VIPPS_WEBHOOK_SECRET = "frIHlr7I9ULuE3xf-ypRLg41vN-NlWU52XMHprLteVq2jeyE"
    VIPPS_WEBHOOK_EVENTS = ["epayment.payment.authorized.v1", "epayment.payment.captured.v1"]
