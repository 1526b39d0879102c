import { env } from '$env/dynamic/public';

// Browser-side helper for the SvelteKit shop: polls payment state while the user approves in the app.
const VIPPS_API = 'https://api.vipps.no';

export async function fetchAccessToken(): Promise<string> {
  const res = await fetch(`${VIPPS_API}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: env.PUBLIC_VIPPS_CLIENT_ID,
      client_secret: env.PUBLIC_VIPPS_CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': env.PUBLIC_VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': env.PUBLIC_VIPPS_MSN,
    },
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  return (await res.json()).access_token;
}

export async function pollState(reference: string, token: string): Promise<string> {
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Merchant-Serial-Number': env.PUBLIC_VIPPS_MSN,
    },
  });
  return (await res.json()).state;
}
