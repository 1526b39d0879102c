import 'server-only';

// Server-side Vipps MobilePay access token helper. Never imported from client components.
const VIPPS_API = process.env.VIPPS_API_BASE ?? 'https://api.vipps.no';

let cache: { token: string; expiresAt: number } | null = null;

export async function getVippsAccessToken(): Promise<string> {
  if (cache && cache.expiresAt > Date.now() + 60_000) return cache.token;

  const res = await fetch(`${VIPPS_API}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID!,
      client_secret: process.env.VIPPS_CLIENT_SECRET!,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': process.env.VIPPS_MERCHANT_SERIAL_NUMBER!,
      'Vipps-System-Name': 'acme-next-shop',
      'Vipps-System-Version': '1.8.0',
    },
    cache: 'no-store',
  });
  if (!res.ok) {
    throw new Error(`Vipps token request failed with status ${res.status}`);
  }
  const body = (await res.json()) as { access_token: string; expires_in: string };
  cache = { token: body.access_token, expiresAt: Date.now() + Number(body.expires_in) * 1000 };
  return cache.token;
}

export function publicCheckoutSettings() {
  return {
    msn: process.env.NEXT_PUBLIC_VIPPS_MSN,
    returnUrl: process.env.NEXT_PUBLIC_VIPPS_RETURN_URL,
  };
}
