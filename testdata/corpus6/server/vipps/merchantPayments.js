// Payments for the logged-in merchant's own shop. The MSN never comes from the request.
const { Router } = require('express');
const Shop = require('../models/shop');
const { getPartnerToken } = require('./partnerToken');

const router = Router();

router.post('/my/payments', requireLogin, async (req, res) => {
  const shop = await Shop.findOne({ ownerId: req.user.id, _id: req.body.shopId });
  if (!shop) return res.status(404).json({ error: 'no such shop' });
  const token = await getPartnerToken();
  const response = await fetch('https://api.vipps.no/epayment/v1/payments', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': shop.vippsMsn,
      'Idempotency-Key': req.body.reference,
    },
    body: JSON.stringify({ amount: req.body.amount, reference: req.body.reference, userFlow: 'WEB_REDIRECT' }),
  });
  res.status(response.status).json(await response.json());
});

router.post('/my/refunds', requireLogin, async (req, res) => {
  const token = await getPartnerToken();
  const response = await fetch(`https://api.vipps.no/epayment/v1/payments/${req.body.reference}/refund`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': req.user.merchant.msn,
    },
    body: JSON.stringify({ modificationAmount: req.body.amount }),
  });
  res.status(response.status).end();
});

function requireLogin(req, res, next) {
  if (!req.user) return res.status(401).end();
  next();
}

module.exports = router;
