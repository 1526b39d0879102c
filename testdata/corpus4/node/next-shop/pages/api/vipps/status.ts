import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { getVippsAccessToken } from '../../../lib/vipps/server';

// GET /api/vipps/status?reference=...  -- the sales unit is the signed-in merchant's own
// (copied into the session from the database in the next-auth `session` callback),
// falling back to the webshop's sales unit from the server environment.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const msn = session?.user?.merchantSerialNumber ?? process.env.VIPPS_MERCHANT_SERIAL_NUMBER;
  const reference = String(req.query.reference ?? '');

  if (!reference) {
    return res.status(400).json({ error: 'reference is required' });
  }

  const token = await getVippsAccessToken();
  const vippsRes = await fetch(`${process.env.VIPPS_API_BASE}/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY as string,
      'Merchant-Serial-Number': msn as string,
    },
  });
  const payment = await vippsRes.json();
  return res.status(200).json({ reference, state: payment.state });
}
