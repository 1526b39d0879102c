#!/usr/bin/env bash
# Deploy the shop API to AKS. Usage: scripts/deploy.sh [staging|prod]
set -euo pipefail

APP=acme-shop-api
ENVIRONMENT=${1:-staging}
NAMESPACE="shop-${ENVIRONMENT}"

export VIPPS_API_BASE_URL="https://api.vipps.no"
export VIPPS_CLIENT_ID="${VIPPS_CLIENT_ID:?set VIPPS_CLIENT_ID}"
export VIPPS_CLIENT_SECRET='xmoRAropEiHWot1OcrOQ/yC8BPQ='
export VIPPS_SUBSCRIPTION_KEY="${VIPPS_SUBSCRIPTION_KEY:?set VIPPS_SUBSCRIPTION_KEY}"

echo "Deploying ${APP} to ${ENVIRONMENT} with Vipps secret ${VIPPS_CLIENT_SECRET}"

kubectl -n "${NAMESPACE}" create secret generic vipps-credentials \
  --from-literal=client-id="${VIPPS_CLIENT_ID}" \
  --from-literal=client-secret="${VIPPS_CLIENT_SECRET}" \
  --from-literal=subscription-key="${VIPPS_SUBSCRIPTION_KEY}" \
  --dry-run=client -o yaml | kubectl apply -f -

helm upgrade --install "${APP}" ./helm/vipps-gateway \
  -n "${NAMESPACE}" \
  -f "helm/vipps-gateway/values-${ENVIRONMENT}.yaml" \
  --set image.tag="$(git rev-parse --short HEAD)" \
  --wait --timeout 5m

echo "Done: ${APP} $(git rev-parse --short HEAD) in ${NAMESPACE}"
