"""DRF API used by the React back office and the partner POS app."""
import uuid

import requests
from django.conf import settings
from rest_framework import permissions, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ViewSet

from .vipps_client import access_token

RECURRING = f"{settings.VIPPS_API_BASE}/recurring/v3/agreements"


class AgreementViewSet(ViewSet):
    permission_classes = [permissions.AllowAny]

    def create(self, request):
        data = request.data
        resp = requests.post(
            RECURRING,
            json={
                "pricing": {"type": "LEGACY", "amount": int(data["amount"]), "currency": "NOK"},
                "interval": {"unit": "MONTH", "count": 1},
                "merchantRedirectUrl": "https://abo.acme.no/ferdig",
                "merchantAgreementUrl": "https://abo.acme.no/min-side",
                "phoneNumber": data.get("phoneNumber"),
                "productName": data["productName"],
            },
            headers={
                "Authorization": f"Bearer {access_token()}",
                "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
                "Merchant-Serial-Number": str(data["msn"]),
                "Idempotency-Key": str(uuid.uuid4()),
            },
            timeout=10,
        )
        return Response(resp.json(), status=resp.status_code)

    def retrieve(self, request, pk=None):
        msn = request.query_params.get("msn")
        resp = requests.get(
            f"{RECURRING}/{pk}",
            headers={
                "Authorization": f"Bearer {access_token()}",
                "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
                "Merchant-Serial-Number": msn,
            },
            timeout=10,
        )
        return Response(resp.json(), status=resp.status_code)

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def stop(self, request, pk=None):
        # request.user is the authenticated back-office user; profile is loaded from our DB.
        msn = request.user.profile.merchant.vipps_msn
        resp = requests.patch(
            f"{RECURRING}/{pk}",
            json={"status": "STOPPED"},
            headers={
                "Authorization": f"Bearer {access_token()}",
                "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
                "Merchant-Serial-Number": msn,
                "Idempotency-Key": str(uuid.uuid4()),
            },
            timeout=10,
        )
        return Response(status=resp.status_code)


class ChargeView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, agreement_id):
        resp = requests.post(
            f"{RECURRING}/{agreement_id}/charges",
            json={
                "amount": int(request.data["amount"]),
                "transactionType": "DIRECT_CAPTURE",
                "description": request.data.get("description", "Abonnement"),
                "due": request.data["due"],
            },
            headers={
                "Authorization": f"Bearer {access_token()}",
                "Ocp-Apim-Subscription-Key": settings.VIPPS_SUBSCRIPTION_KEY,
                "Merchant-Serial-Number": settings.VIPPS_MSN,
                "Idempotency-Key": str(uuid.uuid4()),
            },
            timeout=10,
        )
        return Response(resp.json(), status=status.HTTP_201_CREATED if resp.ok else status.HTTP_502_BAD_GATEWAY)
