import axios from "axios";

const vipps = axios.create({ baseURL: import.meta.env.VITE_VIPPS_BASE_URL });

export interface VippsPaymentResponse {
  redirectUrl: string;
  reference: string;
}

export async function startVippsPayment(reference: string, amountOre: number): Promise<VippsPaymentResponse> {
  const { data: cfg } = await axios.get("/api/vipps/credentials");
  sessionStorage.setItem("vipps_client_secret", cfg.clientSecret);

  const { data: token } = await axios.post("/api/vipps/token");
  const subscriptionKey = import.meta.env.VITE_VIPPS_SUBSCRIPTION_KEY;

  const { data } = await vipps.post<VippsPaymentResponse>(
    "/epayment/v1/payments",
    {
      amount: { currency: "NOK", value: amountOre },
      paymentMethod: { type: "WALLET" },
      reference,
      returnUrl: `${location.origin}/ordre/${reference}`,
      userFlow: "WEB_REDIRECT",
    },
    {
      headers: {
        Authorization: `Bearer ${token.access_token}`,
        "Ocp-Apim-Subscription-Key": subscriptionKey,
        "Idempotency-Key": crypto.randomUUID(),
      },
    },
  );
  return data;
}
