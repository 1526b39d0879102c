#!/usr/bin/env bash
# Rotate the Vipps subscription key: paste the new key from portal.vipps.no when asked.
set -euo pipefail

read -rsp "New Vipps subscription key: " KEY
echo
if [[ ${#KEY} -ne 32 ]]; then
  echo "error: a Vipps subscription key has 32 characters, got ${#KEY}" >&2
  exit 1
fi
vault kv put secret/fjord/vipps subscription_key="$KEY"
echo "rotated: new Vipps subscription key ends with ${KEY: -4}"
echo "restart the payments service: kubectl -n fjord-prod rollout restart deploy/payments"
