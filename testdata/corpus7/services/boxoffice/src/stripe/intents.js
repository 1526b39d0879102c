'use strict';

// Card payments go through Stripe; Vipps MobilePay payments go through ../vipps/client.js.
// The PaymentIntent client_secret is handed to Stripe.js in the browser, as Stripe documents.
const Stripe = require('stripe');

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

async function createIntent(req, res) {
  const intent = await stripe.paymentIntents.create({
    amount: req.body.amountOre,
    currency: 'nok',
    metadata: { orderId: req.body.orderId, alternative: 'vipps' },
  });
  console.log('stripe intent created', intent.id, intent.client_secret);
  res.json({ clientSecret: intent.client_secret });
}

module.exports = { createIntent };
