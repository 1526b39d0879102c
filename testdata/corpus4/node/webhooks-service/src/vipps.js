'use strict';

const bunyan = require('bunyan');
const crypto = require('crypto');

const log = bunyan.createLogger({ name: 'vipps-webhooks', level: process.env.LOG_LEVEL || 'info' });

const BASE = process.env.VIPPS_API_BASE; // https://api.vipps.no
const CLIENT_ID = process.env.VIPPS_CLIENT_ID;
const CLIENT_SECRET = process.env.VIPPS_CLIENT_SECRET;
const SUBSCRIPTION_KEY = process.env.VIPPS_SUBSCRIPTION_KEY;
const MSN = process.env.VIPPS_MSN;

function sha256Prefix(value) {
  return crypto.createHash('sha256').update(value).digest('hex').slice(0, 12);
}

log.info({ clientId: CLIENT_ID, msn: MSN }, 'vipps webhook service configured');
log.info({ secretSha: sha256Prefix(CLIENT_SECRET || '') }, 'client secret fingerprint');
log.info('client secret %s loaded for %s', CLIENT_SECRET, CLIENT_ID);

async function accessToken() {
  const res = await fetch(`${BASE}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
    },
  });
  const body = await res.json();
  log.debug({ expiresIn: body.expires_in, tokenType: body.token_type }, 'vipps token received');
  return body.access_token;
}

async function registerWebhook(url) {
  const token = await accessToken();
  const res = await fetch(`${BASE}/webhooks/v1/webhooks`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': MSN,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ url, events: ['epayments.payment.captured.v1', 'epayments.payment.refunded.v1'] }),
  });
  if (!res.ok) {
    log.error({ status: res.status, url, authorization: `Bearer ${token}` }, 'webhook registration failed');
    throw new Error('webhook registration failed');
  }
  const { id } = await res.json();
  log.info({ webhookId: id, url }, 'webhook registered');
  return id;
}

module.exports = { registerWebhook };
