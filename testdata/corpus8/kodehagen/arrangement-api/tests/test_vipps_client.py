"""Enhetstester for Vipps-klienten (alt mot en lokal mock av apitest.vipps.no)."""
from arrangement.vipps import VippsClient

# Eksempelverdiene fra Vipps sin API-nokkel-dokumentasjon
DOC_CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
DOC_CLIENT_SECRET = "Y8Kteew6GE3ZmeycEt6egg=="
DOC_SUBSCRIPTION_KEY = "0f14ebcab0eb4b29ae0cb90d91b4a84a"
MOCK_CLIENT_SECRET = "yG/csM+Kg3Bf057iAbmHuImaMljIiWexvlMBtR6IRsE="
client_secret = "c2VjcmV0LWZvci11bml0dGVzdHM="

def test_headers():
    c = VippsClient(DOC_CLIENT_ID, DOC_CLIENT_SECRET, DOC_SUBSCRIPTION_KEY, msn="123456")
    assert c.token_headers()["Ocp-Apim-Subscription-Key"] == DOC_SUBSCRIPTION_KEY
