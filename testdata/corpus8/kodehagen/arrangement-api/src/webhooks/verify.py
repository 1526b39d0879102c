"""Verifiserer HMAC-signaturen pa webhooks fra Vipps MobilePay."""
import base64, hashlib, hmac

VIPPS_WEBHOOK_SECRET = "HlugsXQ+kfGsZxclXg0Pr4+uiZGe1xCoQhHlLWmzr6Q="

def verify(method, path_and_query, date, body, authorization):
    content_hash = base64.b64encode(hashlib.sha256(body).digest()).decode()
    signed = f"{method}\n{path_and_query}\n{date};{content_hash}"
    mac = hmac.new(VIPPS_WEBHOOK_SECRET.encode(), signed.encode(), hashlib.sha256).digest()
    return hmac.compare_digest(authorization.split("Signature=")[-1], base64.b64encode(mac).decode())
