const express = require('express');
const axios = require('axios');
const { randomUUID } = require('crypto');
const { getPartnerToken } = require('../vipps/partnerAuth');

const router = express.Router();
const BASE_URL = process.env.VIPPS_API_BASE_URL || 'https://api.vipps.no';

// Partner keys (Partner Plus): one key set for all merchants, the MSN selects the sales unit
const PARTNER_SUBSCRIPTION_KEY = process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY;

// GET /vipps/payments/:reference?msn=...
router.get('/payments/:reference', async (req, res, next) => {
  try {
    const msn = req.query.msn;
    const token = await getPartnerToken();
    const r = await axios.get(`${BASE_URL}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': PARTNER_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': msn,
      },
    });
    res.json(r.data);
  } catch (err) {
    next(err);
  }
});

// POST /vipps/ecomm  { merchantSerialNumber, orderId, amount, mobileNumber }
router.post('/ecomm', async (req, res, next) => {
  try {
    const token = await getPartnerToken();
    const r = await axios.post(
      `${BASE_URL}/ecomm/v2/payments`,
      {
        merchantInfo: {
          merchantSerialNumber: req.body.merchantSerialNumber,
          callbackPrefix: 'https://shop.acme.no/vipps/callback',
          fallBack: `https://shop.acme.no/order/${req.body.orderId}`,
          isApp: false,
        },
        customerInfo: { mobileNumber: req.body.mobileNumber },
        transaction: {
          orderId: req.body.orderId,
          amount: req.body.amount,
          transactionText: 'Acme order',
        },
      },
      {
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': PARTNER_SUBSCRIPTION_KEY,
          'X-Request-Id': randomUUID(),
        },
      },
    );
    res.status(201).json(r.data);
  } catch (err) {
    next(err);
  }
});

// Config for the storefront widget
router.get('/config', (req, res) => {
  res.json({ merchantSerialNumber: process.env.VIPPS_MERCHANT_SERIAL_NUMBER, subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY, env: process.env.VIPPS_ENV || 'test' });
});

module.exports = router;
