"""`python -m app.debug`: print what the settlement service sees of its Vipps configuration."""
import os

from app.config import settings


def main() -> None:
    secret = os.getenv("VIPPS_CLIENT_SECRET")
    key = settings.vipps_subscription_key or ""
    print(f"Vipps base URL:        {settings.vipps_base_url}")
    print(f"client secret exists:  {'Yes' if secret else 'No'}")
    print(f"client secret length:  {len(secret or '')}")
    print("subscription key:     ", key[:4] + "*" * 8 if key else "(missing)")
    if not settings.vipps_client_id:
        raise SystemExit("VIPPS_CLIENT_ID is not set; see docs/runbooks/vipps-troubleshooting.md")


if __name__ == "__main__":
    main()
