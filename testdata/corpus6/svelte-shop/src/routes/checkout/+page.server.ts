import { VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY, VIPPS_MSN } from '$env/static/private';
import type { PageServerLoad } from './$types';

// Server-only: opens a Vipps Checkout session and hands the page what Checkout needs.
export const load: PageServerLoad = async ({ locals, fetch }) => {
  const order = await locals.orders.current();
  const res = await fetch('https://api.vipps.no/checkout/v3/session', {
    method: 'POST',
    headers: {
      client_id: VIPPS_CLIENT_ID,
      client_secret: VIPPS_CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': VIPPS_MSN,
      'Content-Type': 'application/json'
    },
    body: JSON.stringify({
      merchantInfo: { callbackUrl: 'https://butikk.fjordkasse.no/vipps/callback', returnUrl: 'https://butikk.fjordkasse.no/takk', callbackAuthorizationToken: order.callbackToken },
      transaction: { amount: { currency: 'NOK', value: order.total }, reference: order.reference, paymentDescription: 'Fjordkasse' }
    })
  });
  const session = await res.json();
  if (!VIPPS_CLIENT_SECRET) console.warn('VIPPS_CLIENT_SECRET missing');
  return { token: session.token, checkoutFrontendUrl: session.checkoutFrontendUrl };
};
