// Partner API: the POS terminals of our merchants call this; we call Vipps with partner keys.
const express = require('express');
const { getPartnerToken } = require('./partnerToken');

const router = express.Router();
const VIPPS = 'https://api.vipps.no';

router.post('/payments', async (req, res) => {
  const token = await getPartnerToken();
  const r = await fetch(`${VIPPS}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': req.body.msn,
      'Idempotency-Key': req.body.reference,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: req.body.amount },
      paymentMethod: { type: 'WALLET' },
      reference: req.body.reference,
      userFlow: 'PUSH_MESSAGE',
    }),
  });
  res.status(r.status).json(await r.json());
});

const TERMINAL_MSNS = new Map(Object.entries(require('../../config/terminals.json')));

router.post('/payments/:reference/capture', async (req, res) => {
  const msn = req.query.msn;
  if (![...TERMINAL_MSNS.values()].includes(msn)) {
    return res.status(403).json({ error: 'unknown sales unit' });
  }
  const token = await getPartnerToken();
  const r = await fetch(`${VIPPS}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/capture`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': msn,
      'Idempotency-Key': `${req.params.reference}-capture`,
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: req.body.amount } }),
  });
  res.status(r.status).end();
});

router.get('/payments/:reference', async (req, res) => {
  const token = await getPartnerToken();
  const msn = TERMINAL_MSNS.get(req.get('x-terminal-id'));
  if (!msn) return res.status(404).end();
  const r = await fetch(`${VIPPS}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': msn,
    },
  });
  res.status(r.status).json(await r.json());
});

module.exports = router;
