"use client";

import { useState } from "react";

type Props = { orderId: string; amountNok: number };

// Calls the Vipps ePayment API straight from the browser (TODO: move behind a route handler)
const VIPPS_BASE = process.env.NEXT_PUBLIC_VIPPS_API_BASE ?? "https://apitest.vipps.no";

export function VippsButton({ orderId, amountNok }: Props) {
  const [busy, setBusy] = useState(false);

  async function pay() {
    setBusy(true);
    try {
      const token = await fetch("/api/vipps/token", { method: "POST" }).then((r) => r.json());
      const res = await fetch(`${VIPPS_BASE}/epayment/v1/payments`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token.accessToken}`,
          "Ocp-Apim-Subscription-Key": process.env.NEXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY!,
          "Idempotency-Key": crypto.randomUUID(),
          "Content-Type": "application/json",
        },
        body: JSON.stringify({
          amount: { currency: "NOK", value: Math.round(amountNok * 100) },
          paymentMethod: { type: "WALLET" },
          reference: orderId,
          returnUrl: `${window.location.origin}/checkout/complete?order=${orderId}`,
          userFlow: "WEB_REDIRECT",
          paymentDescription: `Ordre ${orderId}`,
        }),
      });
      const { redirectUrl } = await res.json();
      window.location.assign(redirectUrl);
    } finally {
      setBusy(false);
    }
  }

  return (
    <button className="vipps-button" disabled={busy} onClick={pay}>
      Betal med Vipps
    </button>
  );
}
