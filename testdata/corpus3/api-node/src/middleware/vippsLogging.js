'use strict';

const pino = require('pino');

// Never log Vipps credentials: headers are redacted, and config values are masked.
const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: {
    paths: [
      'req.headers.client_secret',
      'req.headers["ocp-apim-subscription-key"]',
      'req.headers.authorization',
      'res.body.access_token',
    ],
    censor: '[REDACTED]',
  },
});

function mask(value) {
  if (!value) return '<unset>';
  return `${value.slice(0, 3)}…(${value.length} chars)`;
}

function logVippsConfig() {
  logger.info(
    {
      baseUrl: process.env.VIPPS_API_BASE_URL,
      clientSecret: mask(process.env.VIPPS_CLIENT_SECRET),
      subscriptionKey: mask(process.env.VIPPS_SUBSCRIPTION_KEY),
      hasWebhookSecret: Boolean(process.env.VIPPS_WEBHOOK_SECRET),
    },
    'vipps credentials loaded',
  );
  console.log(`Vipps client secret configured: ${process.env.VIPPS_CLIENT_SECRET ? 'yes' : 'NO'}`);
}

function vippsRequestLogger(req, res, next) {
  const started = Date.now();
  res.on('finish', () => {
    logger.info({ req, status: res.statusCode, ms: Date.now() - started }, 'vipps proxy request');
  });
  next();
}

module.exports = { logger, mask, logVippsConfig, vippsRequestLogger };
