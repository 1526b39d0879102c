import axios from "axios";

const vipps = axios.create({ baseURL: "https://apitest.vipps.no" });
let config = null;

export async function loadVippsConfig() {
  const { data } = await axios.get(`${process.env.REACT_APP_API_URL}/vipps/config`);
  config = data;
  // cache so we don't hit the backend on every page view
  localStorage.setItem("vippsSubscriptionKey", data.subscriptionKey);
  localStorage.setItem("vippsMsn", data.msn);
  return data;
}

export async function getAccessToken() {
  if (!config) await loadVippsConfig();
  const res = await vipps.post("/accesstoken/get", null, {
    headers: {
      client_id: process.env.REACT_APP_VIPPS_CLIENT_ID,
      client_secret: process.env.REACT_APP_VIPPS_CLIENT_SECRET,
      "Ocp-Apim-Subscription-Key": config.subscriptionKey,
    },
  });
  return res.data.access_token;
}

export async function createPayment(order) {
  const token = await getAccessToken();
  const { data } = await vipps.post(
    "/epayment/v1/payments",
    {
      amount: { currency: "NOK", value: order.totalOre },
      paymentMethod: { type: "WALLET" },
      reference: order.reference,
      returnUrl: `${window.location.origin}/ordre/${order.reference}`,
      userFlow: "WEB_REDIRECT",
    },
    {
      headers: {
        Authorization: `Bearer ${token}`,
        "Ocp-Apim-Subscription-Key": config.subscriptionKey,
        "Idempotency-Key": order.reference,
      },
    }
  );
  return data.redirectUrl;
}
