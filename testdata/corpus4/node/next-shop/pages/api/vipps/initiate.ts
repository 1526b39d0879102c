import type { NextApiRequest, NextApiResponse } from 'next';
import { randomUUID } from 'crypto';
import { getVippsAccessToken } from '../../../lib/vipps/server';

type Data = { reference: string; redirectUrl: string } | { error: string };

// Legacy pages router endpoint still used by the kiosk build: /api/vipps/initiate?msn=...
export default async function handler(req: NextApiRequest, res: NextApiResponse<Data>) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const reference = `kiosk-${randomUUID()}`;
  const token = await getVippsAccessToken();
  const vippsRes = await fetch(`${process.env.VIPPS_API_BASE}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY as string,
      'Merchant-Serial-Number': req.query.msn as string,
      'Idempotency-Key': reference,
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: Number(req.body.amount) },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'QR',
    }),
  });

  if (!vippsRes.ok) {
    return res.status(502).json({ error: 'vipps error' });
  }
  const data = await vippsRes.json();
  return res.status(201).json({ reference, redirectUrl: data.redirectUrl });
}
