#!/usr/bin/env bash
# Smoke test against Vipps MobilePay. Needs the keys in the environment:
#   export VIPPS_CLIENT_ID=... VIPPS_CLIENT_SECRET=... VIPPS_SUBSCRIPTION_KEY=... VIPPS_MSN=...
set -euo pipefail

: "${VIPPS_BASE_URL:=https://apitest.vipps.no}"
: "${VIPPS_CLIENT_ID:?set VIPPS_CLIENT_ID}"
: "${VIPPS_CLIENT_SECRET:?set VIPPS_CLIENT_SECRET}"
: "${VIPPS_SUBSCRIPTION_KEY:?set VIPPS_SUBSCRIPTION_KEY}"
: "${VIPPS_MSN:?set VIPPS_MSN}"

echo "Using ${VIPPS_BASE_URL} as MSN ${VIPPS_MSN}, secret ${VIPPS_CLIENT_SECRET:0:4}****"

token=$(curl -fsS -X POST "${VIPPS_BASE_URL}/accesstoken/get" \
  -H "client_id: ${VIPPS_CLIENT_ID}" \
  -H "client_secret: ${VIPPS_CLIENT_SECRET}" \
  -H "Ocp-Apim-Subscription-Key: ${VIPPS_SUBSCRIPTION_KEY}" \
  -H "Merchant-Serial-Number: ${VIPPS_MSN}" | jq -r .access_token)

reference="smoke-$(date +%s)"
curl -fsS -X POST "${VIPPS_BASE_URL}/epayment/v1/payments" \
  -H "Authorization: Bearer ${token}" \
  -H "Ocp-Apim-Subscription-Key: ${VIPPS_SUBSCRIPTION_KEY}" \
  -H "Merchant-Serial-Number: ${VIPPS_MSN}" \
  -H "Idempotency-Key: $(uuidgen)" \
  -H "Content-Type: application/json" \
  -d "{\"amount\":{\"currency\":\"NOK\",\"value\":100},\"paymentMethod\":{\"type\":\"WALLET\"},\"reference\":\"${reference}\",\"userFlow\":\"WEB_REDIRECT\",\"returnUrl\":\"https://example.no\"}" \
  | jq .
