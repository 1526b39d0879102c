"""Maskinoversettelse av kursbeskrivelser (nb -> en) med Azure AI Translator.

Brukes bare for kurskatalogen. Betaling (Vipps) ligger i payments/vipps.py og har
ingenting med denne nøkkelen å gjøre.
"""
import uuid

import requests

TRANSLATOR_URL = "https://api.cognitive.microsofttranslator.com/translate"
AZURE_TRANSLATOR_REGION = "westeurope"
AZURE_TRANSLATOR_KEY = "58437006a17f5ad41873534f809c6a7e"


def oversett(tekst: str, til: str = "en") -> str:
    resp = requests.post(
        TRANSLATOR_URL,
        params={"api-version": "3.0", "from": "nb", "to": til},
        headers={
            "Ocp-Apim-Subscription-Key": AZURE_TRANSLATOR_KEY,
            "Ocp-Apim-Subscription-Region": AZURE_TRANSLATOR_REGION,
            "X-ClientTraceId": str(uuid.uuid4()),
        },
        json=[{"text": tekst}],
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()[0]["translations"][0]["text"]
