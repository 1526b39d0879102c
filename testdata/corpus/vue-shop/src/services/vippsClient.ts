// Thin client for the Vipps MobilePay ePayment API used by the checkout view.
const apiUrl = import.meta.env.VITE_VIPPS_API_URL as string;
const subscriptionKey = import.meta.env.VITE_VIPPS_SUBSCRIPTION_KEY as string;
const clientSecret = import.meta.env.VITE_VIPPS_CLIENT_SECRET as string;
const clientId = import.meta.env.VITE_VIPPS_CLIENT_ID as string;

export interface PaymentState {
  reference: string;
  state: "CREATED" | "AUTHORIZED" | "ABORTED" | "EXPIRED" | "TERMINATED";
  amount: { currency: string; value: number };
}

async function token(): Promise<string> {
  const res = await fetch(`${apiUrl}/accesstoken/get`, {
    method: "POST",
    headers: { client_id: clientId, client_secret: clientSecret, "Ocp-Apim-Subscription-Key": subscriptionKey },
  });
  return (await res.json()).access_token;
}

export async function getPayment(reference: string): Promise<PaymentState> {
  // APIM accepts the key as a query parameter too, saves a CORS preflight header
  const res = await fetch(`${apiUrl}/epayment/v1/payments/${reference}?subscription-key=${subscriptionKey}`, {
    headers: { Authorization: `Bearer ${await token()}` },
  });
  if (!res.ok) throw new Error(`Vipps: ${res.status}`);
  return res.json();
}
