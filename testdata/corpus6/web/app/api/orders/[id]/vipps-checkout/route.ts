import { NextResponse } from "next/server";
import { getOrder } from "@/lib/orders";

export async function POST(_req: Request, { params }: { params: { id: string } }) {
  const order = await getOrder(params.id);
  const res = await fetch("https://api.vipps.no/checkout/v3/session", {
    method: "POST",
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID!,
      client_secret: process.env.VIPPS_CLIENT_SECRET!,
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_SUBSCRIPTION_KEY!,
      "Merchant-Serial-Number": process.env.VIPPS_MSN!,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      merchantInfo: { callbackUrl: "https://fjordkasse.no/api/vipps/callback", returnUrl: `https://fjordkasse.no/orders/${order.id}`, callbackAuthorizationToken: order.callbackToken },
      transaction: { amount: { currency: "NOK", value: order.total }, reference: order.reference, paymentDescription: order.text },
    }),
  });
  const session = await res.json();
  console.info("vipps checkout session", order.reference, session.token);
  return NextResponse.json({ token: session.token, checkoutFrontendUrl: session.checkoutFrontendUrl, pollingUrl: session.pollingUrl });
}
