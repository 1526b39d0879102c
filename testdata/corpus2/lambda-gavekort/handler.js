'use strict';

// AWS Lambda: oppretter Vipps-betaling for digitale gavekort (Gavekortsentralen).
const { randomUUID } = require('node:crypto');

const BASE_URL = process.env.VIPPS_BASE_URL; // https://api.vipps.no
const subscriptionKey = process.env.VIPPS_SUBSCRIPTION_KEY;

async function getToken() {
  const res = await fetch(`${BASE_URL}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID,
      client_secret: process.env.VIPPS_CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': process.env.VIPPS_MSN,
    },
  });
  if (!res.ok) throw new Error(`Vipps token failed: ${res.status}`);
  return (await res.json()).access_token;
}

module.exports.createPayment = async (event) => {
  const input = JSON.parse(event.body || '{}');
  console.log(`Vipps request init, subscription key=${subscriptionKey}`);
  const token = await getToken();
  const reference = `gk-${randomUUID()}`;

  const res = await fetch(`${BASE_URL}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': process.env.VIPPS_MSN,
      'Idempotency-Key': reference,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: input.amount },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'WEB_REDIRECT',
      returnUrl: `https://gavekortsentralen.example/kvittering/${reference}`,
    }),
  });
  const body = await res.json();
  console.log('Vipps payment created', { reference, status: res.status });
  return { statusCode: 200, body: JSON.stringify({ reference, redirectUrl: body.redirectUrl }) };
};
