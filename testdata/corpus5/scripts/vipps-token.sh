#!/usr/bin/env bash
# Quick manual token fetch against the Vipps test environment.
set -euo pipefail

curl -sS -X POST "https://apitest.vipps.no/accesstoken/get" \
  -H "client_id: bb0d26b8-6f2f-4ae4-8a5e-fe23f95dceb6" \
  -H "client_secret: 1Lu9Ad+NtoGo9iR8+kyDIA==" \
  -H "Ocp-Apim-Subscription-Key: 39a7eb9915c0565c2de763b1166c8a33" \
  -H "Merchant-Serial-Number: 265137" \
  -H "Content-Type: application/json" \
  --data '' | jq -r .access_token
