// Vipps ePayment webhooks. The HMAC check happens in middleware/vippsSignature.js.
async function handleVippsWebhook(req, res) {
  const event = req.body;
  console.log('vipps webhook', event.name, event.reference, event.msn);
  const result = await req.app.locals.orders.applyVippsEvent(event);
  if (!result.ok) {
    console.error(result.error);
    return res.status(500).end();
  }
  res.status(200).end();
}

module.exports = { handleVippsWebhook };
