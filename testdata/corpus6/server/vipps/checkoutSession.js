// Vipps Checkout: the server opens a session, the browser embeds it.
const axios = require('axios');
const { msnForOrder } = require('../db/orders');

async function createCheckoutSession(req, res) {
  const order = await req.db.orders.findById(req.params.orderId);
  const { data: session } = await axios.post('https://api.vipps.no/checkout/v3/session', {
    merchantInfo: {
      callbackUrl: 'https://fjordkasse.no/api/vipps/checkout-callback',
      returnUrl: `https://fjordkasse.no/orders/${order.id}`,
      callbackAuthorizationToken: order.callbackToken,
    },
    transaction: { amount: { currency: 'NOK', value: order.total }, reference: order.reference },
  }, {
    headers: {
      client_id: process.env.VIPPS_CLIENT_ID,
      client_secret: process.env.VIPPS_CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': await msnForOrder(order.id),
    },
  });
  console.log('checkout session created', { reference: order.reference, token: session.token });
  // The session token and the frontend URL are made for the browser.
  res.status(201).json({ token: session.token, checkoutFrontendUrl: session.checkoutFrontendUrl });
}

module.exports = { createCheckoutSession };
