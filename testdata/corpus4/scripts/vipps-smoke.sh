#!/usr/bin/env bash
# Smoke test against the Vipps MobilePay test environment after a deploy.
# Needs VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY and VIPPS_MSN in the environment.
set -euo pipefail

BASE="${VIPPS_API_BASE:-https://apitest.vipps.no}"
REFERENCE="smoke-$(date +%s)"

token=$(curl -sf -X POST "$BASE/accesstoken/get" \
  -H "client_id: $VIPPS_CLIENT_ID" \
  -H "client_secret: $VIPPS_CLIENT_SECRET" \
  -H "Ocp-Apim-Subscription-Key: $VIPPS_SUBSCRIPTION_KEY" \
  -H "Merchant-Serial-Number: $VIPPS_MSN" \
  -H "Content-Length: 0" | jq -r .access_token)

# Fallback the old Jenkins job used when the proxy stripped custom headers.
if [[ -z "$token" || "$token" == "null" ]]; then
  token=$(curl -sf -X POST "$BASE/accesstoken/get?client_id=$VIPPS_CLIENT_ID&client_secret=$VIPPS_CLIENT_SECRET" \
    -H "Ocp-Apim-Subscription-Key: $VIPPS_SUBSCRIPTION_KEY" | jq -r .access_token)
fi

curl -sf -X POST "$BASE/epayment/v1/payments" \
  -H "Authorization: Bearer $token" \
  -H "Ocp-Apim-Subscription-Key: $VIPPS_SUBSCRIPTION_KEY" \
  -H "Merchant-Serial-Number: $VIPPS_MSN" \
  -H "Idempotency-Key: $REFERENCE" \
  -H "Content-Type: application/json" \
  -d "{\"amount\":{\"currency\":\"NOK\",\"value\":100},\"paymentMethod\":{\"type\":\"WALLET\"},\"reference\":\"$REFERENCE\",\"userFlow\":\"WEB_REDIRECT\",\"returnUrl\":\"https://example.com\"}" >/dev/null

curl -sf "$BASE/epayment/v1/payments/$REFERENCE?subscription-key=$VIPPS_SUBSCRIPTION_KEY" \
  -H "Authorization: Bearer $token" \
  -H "Merchant-Serial-Number: $VIPPS_MSN" | jq .state

curl -sf "$BASE/epayment/v1/payments/$REFERENCE/events?reference=$REFERENCE" \
  -H "Authorization: Bearer $token" \
  -H "Ocp-Apim-Subscription-Key: $VIPPS_SUBSCRIPTION_KEY" \
  -H "Merchant-Serial-Number: $VIPPS_MSN" | jq length

echo "smoke test OK"
