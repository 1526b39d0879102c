#!/usr/bin/env bash
# Rokttest mot Vipps test. Nokler kommer fra miljoet (Key Vault -> pipeline).
set -euo pipefail
: "${VIPPS_CLIENT_ID:?mangler}" "${VIPPS_CLIENT_SECRET:?mangler}" "${VIPPS_SUBSCRIPTION_KEY:?mangler}"
curl -sS -X POST https://apitest.vipps.no/accesstoken/get \
  -H "client_id: ${VIPPS_CLIENT_ID}" \
  -H "client_secret: ${VIPPS_CLIENT_SECRET}" \
  -H "Ocp-Apim-Subscription-Key: ${VIPPS_SUBSCRIPTION_KEY}" \
  -H "Merchant-Serial-Number: ${VIPPS_MSN}" \
  -o /dev/null -w "%{http_code}\n"
