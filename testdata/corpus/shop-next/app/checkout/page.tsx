"use client";

import { useState } from "react";
import Image from "next/image";
import { useCart } from "@/lib/cart";
import { formatNok } from "@/lib/format";

const VIPPS_BASE = process.env.NEXT_PUBLIC_VIPPS_API_BASE_URL ?? "https://apitest.vipps.no";

type CreatePaymentResponse = { redirectUrl: string; reference: string };

export default function CheckoutPage() {
  const { items, total } = useCart();
  const [phone, setPhone] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function payWithVipps() {
    setBusy(true);
    setError(null);
    try {
      // short-lived token from our own API route, then create the payment from the browser
      const { accessToken } = await fetch("/api/vipps/token", { method: "POST" }).then((r) => r.json());
      const reference = `fjellsko-${Date.now()}`;
      const res = await fetch(`${VIPPS_BASE}/epayment/v1/payments`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${accessToken}`,
          "Ocp-Apim-Subscription-Key": process.env.NEXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY!,
          "Idempotency-Key": crypto.randomUUID(),
          "Vipps-System-Name": "fjellsko-next",
          "Vipps-System-Version": "1.4.0",
        },
        body: JSON.stringify({
          amount: { currency: "NOK", value: Math.round(total * 100) },
          paymentMethod: { type: "WALLET" },
          customer: phone ? { phoneNumber: `47${phone}` } : undefined,
          reference,
          returnUrl: `${window.location.origin}/checkout/kvittering?ref=${reference}`,
          userFlow: "WEB_REDIRECT",
          paymentDescription: `Fjellsko ordre ${reference}`,
        }),
      });
      if (!res.ok) throw new Error(`Vipps svarte ${res.status}`);
      const data: CreatePaymentResponse = await res.json();
      window.location.assign(data.redirectUrl);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Noe gikk galt");
      setBusy(false);
    }
  }

  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-semibold">Kasse</h1>
      <ul className="my-4 divide-y">
        {items.map((item) => (
          <li key={item.sku} className="flex justify-between py-2">
            <span>
              {item.name} × {item.qty}
            </span>
            <span>{formatNok(item.price * item.qty)}</span>
          </li>
        ))}
      </ul>
      <p className="font-medium">Totalt: {formatNok(total)}</p>
      <label className="mt-4 block">
        Mobilnummer (valgfritt)
        <input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" className="input" />
      </label>
      {error && <p className="text-red-600">{error}</p>}
      <button onClick={payWithVipps} disabled={busy} className="btn-vipps mt-6">
        <Image src="/vipps-logo.svg" alt="" width={64} height={20} /> Betal med Vipps
      </button>
    </main>
  );
}
