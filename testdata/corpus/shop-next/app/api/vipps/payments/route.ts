import { NextResponse } from "next/server";
import { getAccessToken } from "@/lib/vipps/token";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth";

const BASE_URL = process.env.VIPPS_API_BASE_URL ?? "https://apitest.vipps.no";

export async function POST(req: Request) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });

  const { orderId } = (await req.json()) as { orderId: string };
  const order = await db.order.findFirst({ where: { id: orderId, userId: session.user.id } });
  if (!order) return NextResponse.json({ error: "not found" }, { status: 404 });

  const subscriptionKey = process.env.VIPPS_SUBSCRIPTION_KEY!;
  const token = await getAccessToken();
  console.info(`[vipps] creating payment for order ${order.id} (key …${subscriptionKey.slice(-4)})`);

  const res = await fetch(`${BASE_URL}/epayment/v1/payments`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Ocp-Apim-Subscription-Key": subscriptionKey,
      "Merchant-Serial-Number": process.env.VIPPS_MERCHANT_SERIAL_NUMBER!,
      "Idempotency-Key": order.id,
      "Content-Type": "application/json",
      "Vipps-System-Name": "fjellsko-next",
      "Vipps-System-Version": "1.4.0",
    },
    body: JSON.stringify({
      amount: { currency: "NOK", value: order.totalOre },
      paymentMethod: { type: "WALLET" },
      reference: order.id,
      returnUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/checkout/kvittering?order=${order.id}`,
      userFlow: "WEB_REDIRECT",
    }),
  });

  if (!res.ok) {
    console.error(`[vipps] create payment failed: ${res.status} ${await res.text()}`);
    return NextResponse.json({ error: "payment_failed" }, { status: 502 });
  }
  const { redirectUrl } = await res.json();
  await db.order.update({ where: { id: order.id }, data: { status: "PENDING_VIPPS" } });
  return NextResponse.json({ redirectUrl });
}
