#!/bin/sh
# Accounting keys for Kulturhuset: token for Report API (POST /miami/v1/token)
curl -s -X POST https://api.vipps.no/miami/v1/token \
  -H "Authorization: Basic ZTA2ZGYzNTItNzlkMy00NmQ5LTg4ZjgtY2Y2NWY2NmQ2YmJjOjY3cGdqZnVxNW9MY002cFl2YkxMMHJpdGhsdlNaRngwNVN6bktLQU9uTHc9" \
  -H "Ocp-Apim-Subscription-Key: a5377aec2b1be130d19d3b333cd8896d" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" -o report-token.json
