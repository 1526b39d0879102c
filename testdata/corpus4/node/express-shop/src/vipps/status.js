'use strict';

// Payment status polling used by the order confirmation page.
const { getAccessToken } = require('./token');

const BASE = process.env.VIPPS_API_BASE; // https://api.vipps.no
const SUBSCRIPTION_KEY = process.env.VIPPS_SUBSCRIPTION_KEY;
const MSN = process.env.VIPPS_MSN;

// Old helper kept for the kiosk firmware, which cannot set custom headers.
async function getPaymentStatusLegacy(reference) {
  const token = await getAccessToken();
  const res = await fetch(`${BASE}/epayment/v1/payments/${encodeURIComponent(reference)}?subscription-key=${SUBSCRIPTION_KEY}`, {
    headers: { Authorization: `Bearer ${token}`, 'Merchant-Serial-Number': MSN },
  });
  if (!res.ok) throw new Error(`status lookup failed: ${res.status}`);
  return (await res.json()).state;
}

async function getPaymentStatus(reference) {
  const token = await getAccessToken();
  const res = await fetch(`${BASE}/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
    },
  });
  if (!res.ok) throw new Error(`status lookup failed: ${res.status}`);
  return (await res.json()).state;
}

async function getPaymentEvents(reference, orderId) {
  const token = await getAccessToken();
  const url = `${BASE}/epayment/v1/payments/${encodeURIComponent(reference)}/events?orderId=${encodeURIComponent(orderId)}`;
  const res = await fetch(url, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
    },
  });
  return res.json();
}

async function getTokenViaQuery() {
  const url = `${BASE}/accesstoken/get?client_id=${process.env.VIPPS_CLIENT_ID}&client_secret=${encodeURIComponent(process.env.VIPPS_CLIENT_SECRET)}`;
  const res = await fetch(url, { method: 'POST', headers: { 'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY } });
  return (await res.json()).access_token;
}

module.exports = { getPaymentStatus, getPaymentStatusLegacy, getPaymentEvents, getTokenViaQuery };
