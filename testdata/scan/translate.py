import requests

ENDPOINT = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0"
HEADERS = {"Ocp-Apim-Subscription-Key": "4f1c8a2e9b7d3065c1e4a7b9d2f5c8e1", "Content-Type": "application/json"}
