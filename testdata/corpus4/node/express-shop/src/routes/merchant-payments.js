'use strict';

// ePayment routes for logged-in store owners. The sales unit (MSN) never comes from the
// request: it is taken from the authenticated user, from server config, or from a lookup
// that is scoped to the user.
const express = require('express');
const axios = require('axios');
const { randomUUID } = require('crypto');
const { ensureLoggedIn } = require('../auth/middleware');
const { Store } = require('../models');
const { getAccessToken } = require('../vipps/token');

const router = express.Router();
const VIPPS_BASE = process.env.VIPPS_API_BASE;

// Our own sales units (Norway and the Oslo pop-up); nothing else may be used.
const OWN_SALES_UNITS = new Set([process.env.VIPPS_MSN_MAIN, process.env.VIPPS_MSN_POPUP]);

const MSN_BY_MARKET = {
  no: process.env.VIPPS_MSN_NO,
  dk: process.env.VIPPS_MSN_DK,
  fi: process.env.VIPPS_MSN_FI,
};

router.use(ensureLoggedIn);

// The user's own store, from the session established by passport.
router.post('/my-store/payments', async (req, res, next) => {
  const msn = req.user.store.merchantSerialNumber;
  try {
    const token = await getAccessToken();
    const reference = `web-${randomUUID()}`;
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments`,
      {
        amount: { currency: 'NOK', value: Number(req.body.amount) },
        paymentMethod: { type: 'WALLET' },
        reference,
        returnUrl: `https://shop.acme.no/orders/${reference}`,
        userFlow: 'WEB_REDIRECT',
      },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': msn,
          'Idempotency-Key': reference,
        },
      },
    );
    res.status(201).json({ reference });
  } catch (err) {
    next(err);
  }
});

// Store chosen by id, but only among the stores this user owns.
router.post('/stores/:storeId/payments/:reference/capture', async (req, res, next) => {
  try {
    const store = await Store.findOne({ where: { id: req.params.storeId, ownerId: req.user.id } });
    if (!store) {
      return res.status(404).json({ error: 'unknown store' });
    }
    const token = await getAccessToken();
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/capture`,
      { modificationAmount: { currency: 'NOK', value: Number(req.body.amount) } },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': store.vippsMsn,
          'Idempotency-Key': randomUUID(),
        },
      },
    );
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
});

// The pop-up can be selected, but the value is checked against our own sales units first.
router.post('/payments/:reference/cancel', async (req, res, next) => {
  const requested = String(req.query.salesUnit || '');
  if (!OWN_SALES_UNITS.has(requested)) {
    return res.status(400).json({ error: 'unknown sales unit' });
  }
  try {
    const token = await getAccessToken();
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/cancel`,
      {},
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': requested,
          'Idempotency-Key': randomUUID(),
        },
      },
    );
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
});

// Market picked by the user; the MSN comes from a server-side table.
router.get('/payments/:reference', async (req, res, next) => {
  const msn = MSN_BY_MARKET[req.query.market] || process.env.VIPPS_MSN_NO;
  try {
    const token = await getAccessToken();
    const { data } = await axios.get(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}`,
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': msn,
        },
      },
    );
    res.json({ state: data.state, amount: data.amount });
  } catch (err) {
    next(err);
  }
});

// Reports always run against the head-office sales unit.
router.get('/reports/today', async (req, res, next) => {
  try {
    const token = await getAccessToken();
    const { data } = await axios.get(`${VIPPS_BASE}/report/v2/ledgers`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': process.env.VIPPS_MSN_MAIN,
      },
    });
    res.json(data);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
