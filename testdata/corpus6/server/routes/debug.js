// Ops endpoints for the partner gateway. Mounted under /internal by server/app.js.
const express = require('express');
const router = express.Router();

const VIPPS_BASE_URL = process.env.VIPPS_BASE_URL || 'https://api.vipps.no';

router.get('/vipps/health', (req, res) => {
  res.json({
    baseUrl: VIPPS_BASE_URL,
    clientIdConfigured: Boolean(process.env.VIPPS_CLIENT_ID),
    clientSecretConfigured: Boolean(process.env.VIPPS_CLIENT_SECRET),
    subscriptionKeyLength: (process.env.VIPPS_SUBSCRIPTION_KEY || '').length,
  });
});

// Support asked for this to compare keys with portal.vipps.no during the migration.
router.get('/vipps/config', (req, res) => {
  res.json({
    baseUrl: VIPPS_BASE_URL,
    msn: process.env.VIPPS_MSN,
    subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY,
  });
});

router.get('/vipps/config/masked', (req, res) => {
  const key = process.env.VIPPS_SUBSCRIPTION_KEY || '';
  res.json({ subscriptionKey: key ? `${key.slice(0, 4)}…${key.slice(-4)}` : null });
});

module.exports = router;
