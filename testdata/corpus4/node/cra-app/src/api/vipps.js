// Create React App front end for the Acme gift-card shop.
import axios from 'axios';

const vipps = axios.create({
  baseURL: 'https://api.vipps.no',
  headers: {
    'Ocp-Apim-Subscription-Key': process.env.REACT_APP_VIPPS_SUBSCRIPTION_KEY,
    'Merchant-Serial-Number': process.env.REACT_APP_VIPPS_MSN,
  },
});

const backend = axios.create({ baseURL: process.env.REACT_APP_API_URL });

export async function createGiftCardPayment(amount) {
  const { data } = await backend.post('/giftcards/vipps', { amount });
  return data; // { reference, redirectUrl, accessToken }
}

export async function paymentState(reference, accessToken) {
  const { data } = await vipps.get(`/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  return data.state;
}
