#!/usr/bin/env bash
# Token for the Report API with our accounting keys (POST /miami/v1/token).
# Used by the nightly settlement export.
set -euo pipefail

curl -sS -X POST "https://api.vipps.no/miami/v1/token" \
  -H "Authorization: Basic Yzc3ZGE0MGItOTMwMi00NzUyLWIyZDEtNjQ4NDk5NmI5NjExOjFHM3VFNG4xdlFFNXRoWHlOZXlKWHpFRTViaz0=" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" \
  | jq -r .access_token
