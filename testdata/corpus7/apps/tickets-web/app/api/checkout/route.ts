import { NextRequest, NextResponse } from "next/server";
import { vippsHeaders } from "@/lib/vipps/headers";
import { vippsBaseUrl } from "@/lib/vipps/env";

// Creates a Vipps Checkout session for a ticket basket. Only the session token and the
// frontend URL go back to the browser; the API keys stay in vippsHeaders() on the server.
export async function POST(req: NextRequest) {
  const basket = await req.json();
  const res = await fetch(`${vippsBaseUrl()}/checkout/v3/session`, {
    method: "POST",
    headers: await vippsHeaders(),
    body: JSON.stringify({
      merchantInfo: {
        callbackUrl: "https://billett.kulisse.no/api/vipps/callback",
        returnUrl: `https://billett.kulisse.no/kurv/${basket.id}/kvittering`,
        callbackAuthorizationToken: basket.callbackToken,
      },
      transaction: {
        amount: { currency: "NOK", value: basket.totalOre },
        reference: basket.reference,
        paymentDescription: `Billetter: ${basket.eventName}`,
      },
    }),
  });
  const session = await res.json();
  if (!res.ok) {
    console.error(session);
    return NextResponse.json({ error: "checkout_failed" }, { status: 502 });
  }
  console.log("checkout session", session.token);
  return NextResponse.json({
    token: session.token,
    checkoutFrontendUrl: session.checkoutFrontendUrl,
  });
}
