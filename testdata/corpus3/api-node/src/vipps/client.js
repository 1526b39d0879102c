'use strict';

const axios = require('axios');
const { randomUUID } = require('crypto');
const logger = require('../logger');

const BASE_URL = process.env.VIPPS_API_BASE_URL || 'https://apitest.vipps.no';
const CLIENT_ID = process.env.VIPPS_CLIENT_ID;
const CLIENT_SECRET = process.env.VIPPS_CLIENT_SECRET;
// fallback so local dev works without a .env -- remove before go-live
const SUBSCRIPTION_KEY = process.env.VIPPS_SUBSCRIPTION_KEY || 'c8db45f478b1340b1ffae3af76977403';
const MSN = process.env.VIPPS_MERCHANT_SERIAL_NUMBER;

const systemHeaders = {
  'Vipps-System-Name': 'acme-shop-api',
  'Vipps-System-Version': '2.4.1',
  'Vipps-System-Plugin-Name': 'acme-vipps-client',
  'Vipps-System-Plugin-Version': '0.9.0',
};

let cached = null;

async function getAccessToken() {
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  console.log('Requesting Vipps access token', { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const res = await axios.post(`${BASE_URL}/accesstoken/get`, null, {
    headers: {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
      ...systemHeaders,
    },
  });
  cached = {
    token: res.data.access_token,
    expiresAt: Date.now() + Number(res.data.expires_in) * 1000,
  };
  return cached.token;
}

async function createPayment({ reference, amount, phoneNumber, returnUrl }) {
  const token = await getAccessToken();
  const res = await axios.post(
    `${BASE_URL}/epayment/v1/payments`,
    {
      amount: { currency: 'NOK', value: amount },
      paymentMethod: { type: 'WALLET' },
      customer: phoneNumber ? { phoneNumber } : undefined,
      reference,
      returnUrl,
      userFlow: 'WEB_REDIRECT',
    },
    {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': MSN,
        'Idempotency-Key': randomUUID(),
        ...systemHeaders,
      },
    },
  );
  logger.info('vipps payment created', { reference, status: res.status });
  return res.data;
}

module.exports = { getAccessToken, createPayment };
