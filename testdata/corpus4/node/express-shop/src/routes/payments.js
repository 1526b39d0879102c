'use strict';

// ePayment API routes used by the in-store POS terminals.
const express = require('express');
const axios = require('axios');
const { randomUUID } = require('crypto');
const { getAccessToken } = require('../vipps/token');

const router = express.Router();
const VIPPS_BASE = process.env.VIPPS_API_BASE; // https://api.vipps.no

// POST /vipps/payments?msn=<sales unit>  (push payment to the customer's phone)
router.post('/payments', async (req, res, next) => {
  try {
    const token = await getAccessToken();
    const reference = `pos-${randomUUID()}`;
    const { data } = await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments`,
      {
        amount: { currency: 'NOK', value: Number(req.body.amount) },
        paymentMethod: { type: 'WALLET' },
        customer: { phoneNumber: req.body.phoneNumber },
        reference,
        userFlow: 'PUSH_MESSAGE',
        paymentDescription: 'Acme butikk',
      },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': req.query.msn,
          'Idempotency-Key': reference,
          'Vipps-System-Name': 'acme-pos',
          'Vipps-System-Version': '2.4.1',
        },
      },
    );
    res.status(201).json({ reference, state: data.state });
  } catch (err) {
    next(err);
  }
});

// POST /vipps/payments/:reference/refund  body: { merchantSerialNumber, amount }
router.post('/payments/:reference/refund', async (req, res, next) => {
  const { merchantSerialNumber, amount } = req.body;
  if (!Number.isInteger(amount) || amount <= 0) {
    return res.status(400).json({ error: 'invalid amount' });
  }
  try {
    const token = await getAccessToken();
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/refund`,
      { modificationAmount: { currency: 'NOK', value: amount } },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': merchantSerialNumber,
          'Idempotency-Key': randomUUID(),
        },
      },
    );
    return res.sendStatus(204);
  } catch (err) {
    return next(err);
  }
});

// POST /vipps/payments/:reference/capture  (terminal sends X-Store-MSN)
router.post('/payments/:reference/capture', async (req, res, next) => {
  const storeMsn = req.get('X-Store-MSN');
  try {
    const token = await getAccessToken();
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/capture`,
      { modificationAmount: { currency: 'NOK', value: Number(req.body.amount) } },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': storeMsn,
          'Idempotency-Key': randomUUID(),
        },
      },
    );
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

// POST /vipps/payments/:reference/cancel  (store picked in the web UI, kept in a cookie)
router.post('/payments/:reference/cancel', async (req, res, next) => {
  try {
    const token = await getAccessToken();
    await axios.post(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/cancel`,
      {},
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': req.cookies.storeMsn,
          'Idempotency-Key': randomUUID(),
        },
      },
    );
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
