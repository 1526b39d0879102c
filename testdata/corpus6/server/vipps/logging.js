// Request logging for the Vipps client. Secrets are filtered before anything is written.
const pino = require('pino');

const logger = pino({ redact: ['headers.client_secret', 'headers["Ocp-Apim-Subscription-Key"]', 'headers.Authorization'] });

const SENSITIVE = ['client_secret', 'ocp-apim-subscription-key', 'authorization'];

function safeHeaders(headers) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !SENSITIVE.includes(name.toLowerCase())),
  );
}

function logVippsRequest(method, url, headers) {
  console.log('vipps request', method, url, safeHeaders(headers));
  logger.info({ method, url, headers }, 'vipps request');
}

function logStartup() {
  const secret = process.env.VIPPS_CLIENT_SECRET;
  const key = process.env.VIPPS_SUBSCRIPTION_KEY || '';
  console.log('vipps client secret exists:', secret ? 'Yes' : 'No');
  console.log('vipps subscription key ends with', key.slice(-4));
  console.log(`vipps client secret length: ${secret ? secret.length : 0}`);
  if (!secret) {
    console.warn('VIPPS_CLIENT_SECRET is not set; payments are disabled');
  }
}

module.exports = { logVippsRequest, logStartup, safeHeaders };
