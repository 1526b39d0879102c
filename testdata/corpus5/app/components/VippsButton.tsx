"use client";

import { useState } from "react";

const VIPPS_API = "https://api.vipps.no/epayment/v1/payments";
const VIPPS_SUBSCRIPTION_KEY = "a36b6b38a38df604ef922d52b890e53a";

export function VippsButton({ amount, reference }: { amount: number; reference: string }) {
  const [busy, setBusy] = useState(false);

  async function pay() {
    setBusy(true);
    const token = await fetch("/api/vipps/token").then((r) => r.text());
    const res = await fetch(VIPPS_API, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Ocp-Apim-Subscription-Key": VIPPS_SUBSCRIPTION_KEY,
        "Idempotency-Key": crypto.randomUUID(),
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        amount: { currency: "NOK", value: amount },
        paymentMethod: { type: "WALLET" },
        reference,
        userFlow: "WEB_REDIRECT",
        returnUrl: `${window.location.origin}/kvittering/${reference}`,
      }),
    });
    const { redirectUrl } = await res.json();
    window.location.href = redirectUrl;
  }

  return (
    <button className="vipps-btn" disabled={busy} onClick={pay}>
      Betal med Vipps
    </button>
  );
}
