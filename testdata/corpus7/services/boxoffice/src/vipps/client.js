'use strict';

// Thin wrapper around the Vipps MobilePay ePayment API used by the box office.
const axios = require('axios');
const logger = require('../logger');

const config = {
  baseUrl: process.env.VIPPS_BASE_URL || 'https://api.vipps.no',
  clientId: process.env.VIPPS_CLIENT_ID,
  clientSecret: process.env.VIPPS_CLIENT_SECRET,
  subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY,
};

logger.info('vipps client configured', {
  baseUrl: config.baseUrl,
  hasClientSecret: Boolean(config.clientSecret),
  subscriptionKeyLength: (config.subscriptionKey || '').length,
});

function systemHeaders() {
  return {
    'Vipps-System-Name': 'kulisse-boxoffice',
    'Vipps-System-Version': '4.2.0',
  };
}

function authHeaders(accessToken) {
  return {
    Authorization: `Bearer ${accessToken}`,
    'Ocp-Apim-Subscription-Key': config.subscriptionKey,
    ...systemHeaders(),
  };
}

async function fetchAccessToken() {
  const res = await axios.post(`${config.baseUrl}/accesstoken/get`, null, {
    headers: {
      client_id: config.clientId,
      client_secret: config.clientSecret,
      'Ocp-Apim-Subscription-Key': config.subscriptionKey,
    },
  });
  return res.data.access_token;
}

async function createPayment(order, msn) {
  const accessToken = await fetchAccessToken();
  const headers = {
    ...authHeaders(accessToken),
    'Merchant-Serial-Number': msn,
    'Idempotency-Key': order.id,
  };
  const { Authorization, ...loggable } = headers;
  logger.debug('vipps createPayment request', { headers: loggable, reference: order.reference });
  const res = await axios.post(`${config.baseUrl}/epayment/v1/payments`, {
    amount: { currency: 'NOK', value: order.totalOre },
    paymentMethod: { type: 'WALLET' },
    reference: order.reference,
    userFlow: 'WEB_REDIRECT',
    returnUrl: `https://billett.kulisse.no/ordre/${order.id}`,
  }, { headers });
  return res.data;
}

module.exports = { createPayment, fetchAccessToken, authHeaders };
