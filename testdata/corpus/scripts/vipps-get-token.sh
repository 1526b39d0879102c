#!/usr/bin/env bash
# Quick helper: get a Vipps access token from the test environment.
# Usage: ./scripts/vipps-get-token.sh | jq .
set -euo pipefail

curl -sS -X POST "https://apitest.vipps.no/accesstoken/get" \
  -H "client_id: f1a2dd2c-5e58-4db7-86c5-483ac1e5ab00" \
  -H "client_secret: 87e7LE7JBwqsPkiZmLCeXg==" \
  -H "Ocp-Apim-Subscription-Key: 8b39832e45e6b192f69ced5fc8f684df" \
  -H "Merchant-Serial-Number: 39524" \
  -H "Vipps-System-Name: fjellsko-scripts" \
  -H "Content-Length: 0"
