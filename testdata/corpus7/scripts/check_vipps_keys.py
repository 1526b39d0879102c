#!/usr/bin/env python3
"""After a key rotation: check that the credentials file from Vault works against Vipps."""
import json
import sys

import requests


def main(path: str) -> int:
    with open(path) as fh:
        creds = json.load(fh)
    secret = creds["secret"]
    mailgun_key = creds.get("mailgun_api_key", "")

    resp = requests.post(
        "https://api.vipps.no/accesstoken/get",
        headers={
            "client_id": creds["id"],
            "client_secret": secret,
            "Ocp-Apim-Subscription-Key": creds["subscription"],
        },
        timeout=10,
    )
    print("checking vipps secret:", secret)
    print("token endpoint answered", resp.status_code)
    print("mailgun key for receipts:", mailgun_key[:6] + "…")
    return 0 if resp.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
