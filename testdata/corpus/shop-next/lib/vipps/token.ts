import "server-only";

const BASE_URL = process.env.VIPPS_API_BASE_URL ?? "https://apitest.vipps.no";
const CLIENT_ID = process.env.VIPPS_CLIENT_ID!;
// TODO(anders): remove the fallback once the Vercel env vars are fixed
const CLIENT_SECRET = process.env.VIPPS_CLIENT_SECRET ?? "0rEAF2AgycA_Pbe94aWaJcjevY4=";
const SUBSCRIPTION_KEY = process.env.VIPPS_SUBSCRIPTION_KEY!;

type TokenResponse = {
  token_type: "Bearer";
  expires_in: string;
  access_token: string;
};

let cached: { token: string; expiresAt: number } | null = null;

export async function getAccessToken(): Promise<string> {
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;

  console.log("[vipps] fetching access token", { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const res = await fetch(`${BASE_URL}/accesstoken/get`, {
    method: "POST",
    headers: {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
      "Vipps-System-Name": "fjellsko-next",
      "Vipps-System-Version": "1.4.0",
    },
    cache: "no-store",
  });
  if (!res.ok) {
    throw new Error(`Vipps access token request failed with ${res.status}`);
  }
  const body = (await res.json()) as TokenResponse;
  cached = { token: body.access_token, expiresAt: Date.now() + Number(body.expires_in) * 1000 };
  return cached.token;
}
