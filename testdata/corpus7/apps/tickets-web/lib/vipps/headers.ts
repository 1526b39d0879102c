import "server-only";

// Server-side helper: every call to the Vipps MobilePay API gets these headers.
let cached: { token: string; expiresAt: number } | null = null;

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; add it to the Vercel project settings`);
  }
  return value;
}

export async function vippsHeaders(): Promise<Record<string, string>> {
  const subscriptionKey = requireEnv("VIPPS_SUBSCRIPTION_KEY");
  if (!cached || cached.expiresAt < Date.now()) {
    const res = await fetch("https://api.vipps.no/accesstoken/get", {
      method: "POST",
      headers: {
        client_id: requireEnv("VIPPS_CLIENT_ID"),
        client_secret: requireEnv("VIPPS_CLIENT_SECRET"),
        "Ocp-Apim-Subscription-Key": subscriptionKey,
      },
    });
    const body = await res.json();
    if (!res.ok) {
      console.error(body.error);
      throw new Error("Vipps access token request failed");
    }
    cached = { token: body.access_token, expiresAt: Date.now() + 50 * 60 * 1000 };
    console.info("vipps token refreshed, key ends in", subscriptionKey.slice(-4));
  }
  return {
    Authorization: `Bearer ${cached.token}`,
    "Ocp-Apim-Subscription-Key": subscriptionKey,
    "Merchant-Serial-Number": requireEnv("VIPPS_MSN"),
    "Vipps-System-Name": "kulisse-tickets-web",
  };
}
