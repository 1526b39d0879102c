"use client";

import { useEffect, useRef } from "react";

type CheckoutSession = { token: string; checkoutFrontendUrl: string };

// Embeds Vipps Checkout. The server opens the session; the browser only gets the session
// token and the frontend URL, which are made for it.
export default function CheckoutEmbed({ orderId }: { orderId: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const appToken = localStorage.getItem("fk_token");
    fetch(`/api/orders/${orderId}/vipps-checkout`, { method: "POST", headers: { Authorization: `Bearer ${appToken}` } })
      .then((r) => r.json() as Promise<CheckoutSession>)
      .then((session) => {
        sessionStorage.setItem("vippsCheckoutToken", session.token);
        localStorage.setItem("vippsCheckoutUrl", session.checkoutFrontendUrl);
        // @ts-expect-error injected by https://checkout.vipps.no/vippscheckout.js
        window.VippsCheckout({ checkoutFrontendUrl: session.checkoutFrontendUrl, iFrameContainerId: "vipps-checkout", token: session.token });
      })
      .catch((err) => console.error(err));
  }, [orderId]);

  return <div id="vipps-checkout" ref={container} />;
}
