#!/usr/bin/env bash
# Henter et access token fra Vipps MobilePay (test) for manuell feilsøking.
# Bruk: source ~/.vipps-mt.env && ./get-token.sh
set -euo pipefail

: "${VIPPS_CLIENT_ID:?mangler}"
: "${VIPPS_CLIENT_SECRET:?mangler}"
: "${VIPPS_SUBSCRIPTION_KEY:?mangler}"
: "${VIPPS_MSN:?mangler}"

TOKEN_FILE="${XDG_RUNTIME_DIR:-/tmp}/vipps-mt-token"

resp=$(curl -sS -X POST \
  "https://apitest.vipps.no/accesstoken/get?client_id=${VIPPS_CLIENT_ID}&client_secret=${VIPPS_CLIENT_SECRET}" \
  -H "Ocp-Apim-Subscription-Key: ${VIPPS_SUBSCRIPTION_KEY}" \
  -H "Merchant-Serial-Number: ${VIPPS_MSN}" \
  -H "Content-Length: 0")

umask 077
jq -r '.access_token' <<<"$resp" > "$TOKEN_FILE"
echo "Token lagret i $TOKEN_FILE (utløper om $(jq -r '.expires_in' <<<"$resp") sekunder)"
