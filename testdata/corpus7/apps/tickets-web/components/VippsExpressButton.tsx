"use client";

import { useState } from "react";

// Express checkout from the event page: starts the payment straight from the browser.
const VIPPS_API = "https://api.vipps.no";

export function VippsExpressButton({ eventId, priceOre }: { eventId: string; priceOre: number }) {
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    const tokenRes = await fetch("/api/vipps/session");
    const { accessToken } = await tokenRes.json();
    const res = await fetch(`${VIPPS_API}/epayment/v1/payments`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${accessToken}`,
        "Ocp-Apim-Subscription-Key": process.env.NEXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY ?? "",
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        amount: { currency: "NOK", value: priceOre },
        paymentMethod: { type: "WALLET" },
        reference: `ev-${eventId}-${Date.now()}`,
        userFlow: "WEB_REDIRECT",
        returnUrl: window.location.href,
      }),
    });
    const { redirectUrl } = await res.json();
    window.location.assign(redirectUrl);
  }

  return (
    <button className="vipps-express" disabled={busy} onClick={start}>
      Kjøp med Vipps
    </button>
  );
}
