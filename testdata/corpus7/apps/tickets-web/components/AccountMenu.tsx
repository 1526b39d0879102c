"use client";

import { useEffect, useState } from "react";
import { loadStripe } from "@stripe/stripe-js";
import { Elements } from "@stripe/react-stripe-js";

// Customer menu: keeps our own session JWT for the API, and offers card payment
// (Stripe) next to Vipps MobilePay for customers abroad.
const stripePromise = loadStripe(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!);

export function AccountMenu({ orderId }: { orderId: string }) {
  const [clientSecret, setClientSecret] = useState<string | null>(null);

  useEffect(() => {
    fetch("/login/session")
      .then((r) => r.json())
      .then(({ sessionJwt, idToken }) => {
        localStorage.setItem("kulisse.session", sessionJwt);
        sessionStorage.setItem("vipps.idToken", idToken);
      });
    fetch(`/api/orders/${orderId}/card-intent`, { method: "POST" })
      .then((r) => r.json())
      .then((data) => setClientSecret(data.clientSecret));
  }, [orderId]);

  const checkoutToken = typeof window !== "undefined" ? sessionStorage.getItem("vipps.checkoutToken") : null;

  return (
    <nav>
      <a href="/konto">Min side</a>
      {checkoutToken && <a href={`/kurv/${orderId}`}>Fullfør Vipps-betaling</a>}
      {clientSecret && (
        <Elements stripe={stripePromise} options={{ clientSecret }}>
          <div id="card-payment" />
        </Elements>
      )}
    </nav>
  );
}
