// Vipps ePayment on behalf of merchants (partner keys)
const express = require('express');
const app = express();

app.post('/pay', async (req, res) => {
  const msn = req.body.merchantSerialNumber;
  const r = await fetch('https://api.vipps.no/epayment/v1/payments', {
    method: 'POST',
    headers: {
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': msn,
    },
  });
  console.log('token for', process.env.VIPPS_CLIENT_SECRET);
  res.json(await r.json());
});

app.get('/refund', async (req, res) => {
  const shop = ALLOWED_SHOPS[req.user.shopId];
  const headers = { 'Merchant-Serial-Number': shop.msn };
  const url = `https://api.vipps.no/epayment/v1/payments/${req.query.ref}?subscription-key=${process.env.VIPPS_SUBSCRIPTION_KEY}`;
  console.log('refund key ends with', process.env.VIPPS_SUBSCRIPTION_KEY.slice(-4));
});
