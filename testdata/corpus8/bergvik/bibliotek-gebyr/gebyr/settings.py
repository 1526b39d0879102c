from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-gy7zavg1z3e$^g05pkik_!q9r54bm9ot@vf#+e(-@w0mfav12k"
DEBUG = False

VIPPS = {
    "BASE_URL": "https://apitest.vipps.no",
    "CLIENT_ID": "f662a645-4463-4bc7-8b76-88a34cda17c0",
    "CLIENT_SECRET": "AA3TfoHhXogd70hO45LEpuRYdTP25Kuj7/gWHKbSxNw=",
    "SUBSCRIPTION_KEY": "76dcf2b27ed0c7aa82ef92cbab66d7da",
    "MSN": "253304",
}
