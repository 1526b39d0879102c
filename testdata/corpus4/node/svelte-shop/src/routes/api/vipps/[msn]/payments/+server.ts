import { error, json } from '@sveltejs/kit';
import { VIPPS_API_BASE, VIPPS_SUBSCRIPTION_KEY } from '$env/static/private';
import { getAccessToken } from '$lib/server/vipps';
import type { RequestHandler } from './$types';

// POST /api/vipps/{msn}/payments -- the marketplace page posts the vendor's sales unit in the path.
export const POST: RequestHandler = async ({ params, request, fetch }) => {
  const { amount, phoneNumber } = await request.json();
  if (!Number.isInteger(amount)) error(400, 'amount must be an integer in øre');

  const reference = `mkt-${crypto.randomUUID()}`;
  const token = await getAccessToken(fetch);
  const res = await fetch(`${VIPPS_API_BASE}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': params.msn,
      'Idempotency-Key': reference,
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: amount },
      customer: { phoneNumber },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'PUSH_MESSAGE',
    }),
  });
  if (!res.ok) error(502, 'Vipps MobilePay rejected the payment');
  return json({ reference }, { status: 201 });
};
