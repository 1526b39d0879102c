// Event log of a payment, for the support dashboard.
const VIPPS_BASE_URL = process.env.VIPPS_BASE_URL || 'https://api.vipps.no';

async function paymentEvents(reference, token) {
  const url = `${VIPPS_BASE_URL}/epayment/v1/payments/${encodeURIComponent(reference)}/events?subscription-key=${process.env.VIPPS_SUBSCRIPTION_KEY}`;
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${token}`, 'Merchant-Serial-Number': process.env.VIPPS_MSN },
  });
  return res.json();
}

async function paymentEventsPage(reference, token, page) {
  const qs = new URLSearchParams({ page: String(page), pageSize: '50' });
  const res = await fetch(`${VIPPS_BASE_URL}/epayment/v1/payments/${encodeURIComponent(reference)}/events?${qs}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': process.env.VIPPS_MSN,
    },
  });
  return res.json();
}

module.exports = { paymentEvents, paymentEventsPage };
