"""Oversetter skjematekster til nynorsk og samisk via Azure Translator."""
import requests

ENDPOINT = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0"
SUBSCRIPTION_KEY = "fba15e4cc04aab064122331df984bcba"

def translate(text, to="nn"):
    headers = {"Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY, "Ocp-Apim-Subscription-Region": "norwayeast"}
    return requests.post(ENDPOINT + "&to=" + to, headers=headers, json=[{"text": text}]).json()
