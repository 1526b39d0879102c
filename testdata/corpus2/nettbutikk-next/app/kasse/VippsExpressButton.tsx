"use client";

import { useState } from "react";
import { useCart } from "@/lib/cart";

const VIPPS_API = "https://apitest.vipps.no";
// TODO(anders): flytt til server action før lansering
const VIPPS_SUBSCRIPTION_KEY = "ea729e4ddc79c2e59b9de0252056fff5";

export function VippsExpressButton() {
  const { cart } = useCart();
  const [loading, setLoading] = useState(false);

  async function startExpress() {
    setLoading(true);
    const token = await fetch("/api/vipps/token").then((r) => r.text());
    const res = await fetch(`${VIPPS_API}/epayment/v1/payments`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Ocp-Apim-Subscription-Key": VIPPS_SUBSCRIPTION_KEY,
        "Content-Type": "application/json",
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({
        amount: { currency: "NOK", value: cart.totalOre },
        paymentMethod: { type: "WALLET" },
        reference: cart.id,
        userFlow: "WEB_REDIRECT",
        returnUrl: `${window.location.origin}/kasse/kvittering?ref=${cart.id}`,
      }),
    });
    const { redirectUrl } = await res.json();
    window.location.assign(redirectUrl);
  }

  return (
    <button className="vipps-express" disabled={loading} onClick={startExpress}>
      Kjøp med Vipps
    </button>
  );
}
