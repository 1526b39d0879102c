// Card payments through Stripe, for shoppers who do not pay with Vipps.
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

async function createPaymentIntent(req, res) {
  const intent = await stripe.paymentIntents.create({
    amount: req.body.amount,
    currency: 'nok',
    automatic_payment_methods: { enabled: true },
  });
  console.log('stripe intent', intent.id, 'client secret', intent.client_secret);
  const clientSecret = intent.client_secret;
  res.json({ clientSecret, publishableKey: process.env.STRIPE_PUBLISHABLE_KEY });
}

module.exports = { createPaymentIntent };
