"use client";

import { useState } from "react";

// Quick fix from the hackathon: call Vipps straight from the browser.
const VIPPS_SUBSCRIPTION_KEY = "d71d65ebdba6e252e37933053457178a";
const VIPPS_MSN = "384921";

export function VippsButton({ reference, amount }: { reference: string; amount: number }) {
  const [busy, setBusy] = useState(false);

  async function pay() {
    setBusy(true);
    const token = await fetch("/api/vipps/token").then((r) => r.json());
    const res = await fetch("https://api.vipps.no/epayment/v1/payments", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token.accessToken}`,
        "Ocp-Apim-Subscription-Key": VIPPS_SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": VIPPS_MSN,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ amount: { currency: "NOK", value: amount }, reference, userFlow: "WEB_REDIRECT" }),
    });
    const payment = await res.json();
    window.location.href = payment.redirectUrl;
  }

  return (
    <button disabled={busy} onClick={pay}>
      Betal med Vipps
    </button>
  );
}
