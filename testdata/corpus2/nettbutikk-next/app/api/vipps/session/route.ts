import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { getCart } from "@/lib/cart.server";
import { getVippsToken } from "@/lib/vipps.server";

const VIPPS_API_URL = process.env.VIPPS_API_URL!;

export async function POST(req: NextRequest) {
  const cart = await getCart(req.cookies.get("cart_id")?.value);
  if (!cart) return NextResponse.json({ error: "empty cart" }, { status: 400 });

  const reference = randomUUID();
  const res = await fetch(`${VIPPS_API_URL}/epayment/v1/payments`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${await getVippsToken()}`,
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_SUBSCRIPTION_KEY!,
      "Merchant-Serial-Number": process.env.VIPPS_MSN!,
      "Idempotency-Key": reference,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      amount: { currency: "NOK", value: cart.totalOre },
      paymentMethod: { type: "WALLET" },
      reference,
      userFlow: "WEB_REDIRECT",
      returnUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/kasse/kvittering?ref=${reference}`,
    }),
  });

  if (!res.ok) {
    console.error("Vipps create payment failed", { status: res.status, reference });
    return NextResponse.json({ error: "vipps_unavailable" }, { status: 502 });
  }
  const { redirectUrl } = await res.json();
  return NextResponse.json({ reference, redirectUrl });
}
