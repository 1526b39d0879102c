import { NextResponse } from "next/server";

// The seat map widget polls payment status straight from Vipps, so it needs a token.
const VIPPS_API = process.env.VIPPS_API_URL ?? "https://api.vipps.no";

type TokenResponse = { access_token: string; expires_in: string; token_type: string };

async function getVippsToken(): Promise<TokenResponse> {
  const res = await fetch(`${VIPPS_API}/accesstoken/get`, {
    method: "POST",
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID!,
      client_secret: process.env.VIPPS_CLIENT_SECRET!,
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_SUBSCRIPTION_KEY!,
    },
    cache: "no-store",
  });
  if (!res.ok) {
    throw new Error(`Vipps token request failed with status ${res.status}`);
  }
  return res.json();
}

export async function GET() {
  const { access_token: accessToken, expires_in } = await getVippsToken();
  return NextResponse.json({ accessToken, expiresIn: Number(expires_in) });
}
