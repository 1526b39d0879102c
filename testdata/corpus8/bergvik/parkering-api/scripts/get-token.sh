#!/usr/bin/env bash
# Henter et access token fra Vipps (produksjon) for feilsoking.
set -euo pipefail
curl -sS -X POST https://api.vipps.no/accesstoken/get \
  -H "client_id: 05beafca-33f9-42d8-8d22-aaefc126d801" \
  -H "client_secret: 2sNv/FaILDkV/MiAH9M7rB4PMT54lrtKdjCSmvjVfK4=" \
  -H "Ocp-Apim-Subscription-Key: b630bb713dd84d6c609406fb23797e45" \
  -H "Merchant-Serial-Number: 368655" \
  -H "Vipps-System-Name: bergvik-parkering" \
  -o /tmp/vipps-token.json
