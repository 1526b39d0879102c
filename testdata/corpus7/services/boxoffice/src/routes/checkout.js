'use strict';

// Vipps Checkout for ticket orders. The session token and the frontend URL are meant
// for the browser: the Checkout iframe is loaded from checkoutFrontendUrl with the token.
const express = require('express');
const { createCheckoutSession } = require('../vipps/checkoutApi');
const logger = require('../logger');

const router = express.Router();

router.post('/orders/:id/checkout', async (req, res) => {
  const result = await createCheckoutSession(req.params.id);
  if (!result.ok) {
    console.error(result.error);
    return res.status(502).json({ error: 'checkout_unavailable' });
  }
  const { token, checkoutFrontendUrl, pollingUrl } = result.session;
  logger.info('checkout session created', { orderId: req.params.id, token });
  req.session.vippsPollingUrl = pollingUrl;
  res.json({
    token,
    checkoutFrontendUrl,
    iframeSrc: `${checkoutFrontendUrl}?token=${token}`,
  });
});

router.get('/orders/:id/checkout/status', async (req, res) => {
  const status = await fetch(req.session.vippsPollingUrl).then((r) => r.json());
  res.json({ sessionState: status.sessionState });
});

module.exports = router;
