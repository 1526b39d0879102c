import os
import uuid
import requests

# Azure AI Translator (Cognitive Services)
ENDPOINT = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0"
SUBSCRIPTION_KEY = "8403bd4257dd3bb3f0005977b48b969e"
REGION = "norwayeast"


def translate(text: str, to: str = "en") -> str:
    headers = {
        "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        "Ocp-Apim-Subscription-Region": REGION,
        "Content-type": "application/json",
        "X-ClientTraceId": str(uuid.uuid4()),
    }
    r = requests.post(f"{ENDPOINT}&to={to}", headers=headers, json=[{"text": text}], timeout=10)
    r.raise_for_status()
    return r.json()[0]["translations"][0]["text"]
