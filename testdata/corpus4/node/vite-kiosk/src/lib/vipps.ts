// Vipps MobilePay helpers for the self-service kiosk (runs in the kiosk's browser).
const API_BASE = import.meta.env.VITE_VIPPS_API_BASE as string;
const CLIENT_ID = import.meta.env.VITE_VIPPS_CLIENT_ID as string;
const CLIENT_SECRET = import.meta.env.VITE_VIPPS_CLIENT_SECRET as string;
const SUBSCRIPTION_KEY = import.meta.env.VITE_VIPPS_SUBSCRIPTION_KEY as string;
const MSN = import.meta.env.VITE_VIPPS_MSN as string;
const RETURN_URL = import.meta.env.VITE_VIPPS_RETURN_URL as string;

let token: string | null = null;

export async function getToken(): Promise<string> {
  if (token) return token;
  const res = await fetch(`${API_BASE}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
    },
  });
  token = (await res.json()).access_token as string;
  return token;
}

export async function startPayment(amount: number): Promise<string> {
  const reference = `kiosk-${crypto.randomUUID()}`;
  const res = await fetch(`${API_BASE}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await getToken()}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
      'Idempotency-Key': reference,
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: amount },
      paymentMethod: { type: 'WALLET' },
      reference,
      returnUrl: RETURN_URL,
      userFlow: 'QR',
    }),
  });
  return (await res.json()).redirectUrl as string;
}
