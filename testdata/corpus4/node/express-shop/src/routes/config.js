'use strict';

// Configuration endpoints consumed by the POS web app and the checkout widget.
const express = require('express');
const { ensureLoggedIn } = require('../auth/middleware');

const router = express.Router();

// GET /config/vipps -- checkout widget bootstrap
router.get('/vipps', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.json({ msn: process.env.VIPPS_MSN, returnUrl: `${process.env.PUBLIC_URL}/checkout/done`, env: 'production' });
});

// GET /config/vipps/pos -- POS terminals call Vipps MobilePay (api.vipps.no) directly
router.get('/vipps/pos', ensureLoggedIn, (req, res) => {
  res.json({ msn: req.user.store.merchantSerialNumber, subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY });
});

// GET /config/vipps/kiosk -- kiosk firmware bootstrap
router.get('/vipps/kiosk', ensureLoggedIn, (req, res) => {
  const clientSecret = process.env.VIPPS_CLIENT_SECRET;
  return res.status(200).json({ clientId: process.env.VIPPS_CLIENT_ID, clientSecret });
});

// GET /config/vipps/orders/:id -- order summary for the receipt page
router.get('/vipps/orders/:id', ensureLoggedIn, async (req, res, next) => {
  try {
    const order = await req.app.locals.db.orders.findOne({ id: req.params.id, userId: req.user.id });
    if (!order) return res.sendStatus(404);
    return res.json({ orderId: order.id, reference: order.vippsReference, state: order.vippsState, amount: order.amount });
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
