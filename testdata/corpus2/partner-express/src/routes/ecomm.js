'use strict';

// Legacy eCom v2 flow for webshops hosted on the Butikkplattform SaaS.
// One set of partner keys for every shop; the shop is picked by its MSN.
const express = require('express');
const { randomUUID } = require('crypto');
const { vippsFetch } = require('../lib/vipps');

const router = express.Router();

router.post('/shops/:shopId/vipps/initiate', express.json(), async (req, res, next) => {
  try {
    const orderId = `bp-${req.params.shopId}-${Date.now()}`;
    const payload = {
      merchantInfo: {
        merchantSerialNumber: req.body.merchantSerialNumber,
        callbackPrefix: `https://hooks.butikkplattform.example/vipps/${req.params.shopId}`,
        fallBack: `https://${req.body.shopDomain}/checkout/vipps/return?order=${orderId}`,
        isApp: false,
      },
      customerInfo: { mobileNumber: req.body.phone },
      transaction: {
        orderId,
        amount: Math.round(req.body.total * 100),
        transactionText: `Ordre ${orderId}`,
      },
    };

    const resp = await vippsFetch('/ecomm/v2/payments', {
      method: 'POST',
      body: JSON.stringify(payload),
      headers: { 'X-Request-Id': randomUUID() },
    });
    res.json({ orderId, url: resp.url });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
