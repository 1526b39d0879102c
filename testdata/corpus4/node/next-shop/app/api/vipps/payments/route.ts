import { NextRequest, NextResponse } from 'next/server';
import { randomUUID } from 'crypto';
import { getVippsAccessToken } from '@/lib/vipps/server';

const VIPPS_API = process.env.VIPPS_API_BASE ?? 'https://api.vipps.no';

// POST /api/vipps/payments  { amount, merchantSerialNumber, returnUrl }
export async function POST(request: NextRequest) {
  const body = await request.json();
  if (typeof body.amount !== 'number' || body.amount < 100) {
    return NextResponse.json({ error: 'amount must be at least 100 øre' }, { status: 400 });
  }

  const reference = `next-${randomUUID()}`;
  const token = await getVippsAccessToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': body.merchantSerialNumber,
      'Idempotency-Key': reference,
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: body.amount },
      paymentMethod: { type: 'WALLET' },
      reference,
      returnUrl: `${body.returnUrl}?reference=${reference}`,
      userFlow: 'WEB_REDIRECT',
    }),
  });

  if (!res.ok) {
    return NextResponse.json({ error: 'payment initiation failed' }, { status: 502 });
  }
  const { redirectUrl } = await res.json();
  return NextResponse.json({ reference, redirectUrl });
}

// GET /api/vipps/payments?reference=...&msn=...
export async function GET(request: NextRequest) {
  const { searchParams } = new URL(request.url);
  const reference = searchParams.get('reference');
  const msn = searchParams.get('msn') ?? '';
  if (!reference) {
    return NextResponse.json({ error: 'reference is required' }, { status: 400 });
  }

  const token = await getVippsAccessToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': msn,
    },
    cache: 'no-store',
  });
  const payment = await res.json();
  return NextResponse.json({ state: payment.state, amount: payment.amount });
}
