import logging
import requests

log = logging.getLogger(__name__)


class VippsClient:
    TOKEN_URL = "https://api.vipps.no/accesstoken/get"

    def __init__(self, client_id: str, client_secret: str, subscription_key: str, msn: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.subscription_key = subscription_key
        self.msn = msn

    def token(self) -> str:
        log.debug("Requesting Vipps token for %s with client_secret=%s", self.client_id, self.client_secret)
        r = requests.post(
            self.TOKEN_URL,
            headers={
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "Ocp-Apim-Subscription-Key": self.subscription_key,
                "Merchant-Serial-Number": self.msn,
            },
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["access_token"]
