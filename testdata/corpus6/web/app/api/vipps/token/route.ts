import { NextResponse } from "next/server";

const VIPPS_BASE_URL = process.env.VIPPS_BASE_URL ?? "https://api.vipps.no";

async function getAccessToken(): Promise<string> {
  const res = await fetch(`${VIPPS_BASE_URL}/accesstoken/get`, {
    method: "POST",
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID!,
      client_secret: process.env.VIPPS_CLIENT_SECRET!,
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_SUBSCRIPTION_KEY!,
      "Merchant-Serial-Number": process.env.VIPPS_MSN!,
    },
    cache: "no-store",
  });
  const body = await res.json();
  return body.access_token;
}

// Used by VippsButton.tsx.
export async function GET() {
  const accessToken = await getAccessToken();
  return NextResponse.json({ accessToken });
}

export async function POST(request: Request) {
  const { reference } = await request.json();
  const accessToken = await getAccessToken();
  const res = await fetch(`${VIPPS_BASE_URL}/epayment/v1/payments/${reference}`, {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_SUBSCRIPTION_KEY!,
      "Merchant-Serial-Number": process.env.VIPPS_MSN!,
    },
  });
  const payment = await res.json();
  return NextResponse.json({ state: payment.state, redirectUrl: payment.redirectUrl });
}
