import { error } from '@sveltejs/kit';
import { VIPPS_API_BASE, VIPPS_SUBSCRIPTION_KEY, VIPPS_MSN } from '$env/static/private';
import { getAccessToken } from '$lib/server/vipps';
import type { RequestHandler } from './$types';

// POST /api/vipps/capture?reference=...&msn=...
export const POST: RequestHandler = async ({ url, request, fetch }) => {
  const reference = url.searchParams.get('reference');
  const msn = url.searchParams.get('msn');
  if (!reference || !msn) error(400, 'reference and msn are required');
  const { amount } = await request.json();

  const token = await getAccessToken(fetch);
  const res = await fetch(`${VIPPS_API_BASE}/epayment/v1/payments/${encodeURIComponent(reference)}/capture`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': msn,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: amount } }),
  });
  return new Response(null, { status: res.ok ? 204 : 502 });
};

// DELETE /api/vipps/capture?reference=...  -- cancels on behalf of the logged-in vendor.
// locals.vendor is populated in hooks.server.ts from the server-side session store.
export const DELETE: RequestHandler = async ({ url, locals, fetch }) => {
  const reference = url.searchParams.get('reference');
  if (!reference) error(400, 'reference is required');
  if (!locals.vendor) error(401, 'not signed in');

  const token = await getAccessToken(fetch);
  const res = await fetch(`${VIPPS_API_BASE}/epayment/v1/payments/${encodeURIComponent(reference)}/cancel`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': VIPPS_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': locals.vendor.merchantSerialNumber ?? VIPPS_MSN,
      'Idempotency-Key': crypto.randomUUID(),
    },
  });
  return new Response(null, { status: res.ok ? 204 : 502 });
};
