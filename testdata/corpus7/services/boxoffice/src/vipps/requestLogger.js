'use strict';

// Axios interceptors for calls to api.vipps.no: log method, URL and headers without credentials.
const logger = require('../logger');

const SENSITIVE_HEADERS = [
  'authorization',
  'client_secret',
  'ocp-apim-subscription-key',
  'vipps-subscription-key',
];

function scrub(headers) {
  return Object.fromEntries(
    Object.entries(headers || {}).filter(([name]) => !SENSITIVE_HEADERS.includes(name.toLowerCase())),
  );
}

function mask(value) {
  return value ? `****${String(value).slice(-4)}` : '(unset)';
}

function install(instance, { subscriptionKey }) {
  instance.interceptors.request.use((cfg) => {
    logger.debug('vipps request', {
      method: cfg.method,
      url: cfg.url,
      headers: scrub(cfg.headers),
      subscriptionKey: mask(subscriptionKey),
    });
    return cfg;
  });
  instance.interceptors.response.use(undefined, (err) => {
    console.error(err.response && err.response.data);
    return Promise.reject(err);
  });
}

module.exports = { install, scrub };
