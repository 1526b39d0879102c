#!/usr/bin/env bash
# Nattlig kopi av vipps-proxy-loggene til arkiv-bucket hos driftsleverandoren
set -euo pipefail
export AWS_ACCESS_KEY_ID=AKIAA7TT2XUQAOW6PHTR
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=eu-north-1
aws s3 sync /var/log/vipps-proxy s3://bergvik-vipps-proxy-logs/$(date +%F)/ --sse AES256
