import { NextResponse } from 'next/server';
import { randomUUID } from 'crypto';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { getVippsAccessToken } from '@/lib/vipps/server';

const VIPPS_API = process.env.VIPPS_API_BASE ?? 'https://api.vipps.no';

// Refunds are only allowed for stores owned by the signed-in user.
export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const { storeId, reference, amount } = (await request.json()) as {
    storeId: string;
    reference: string;
    amount: number;
  };

  const store = await db.store.findFirst({
    where: { id: storeId, ownerId: session.user.id },
    select: { vippsMsn: true },
  });
  if (!store) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }

  const token = await getVippsAccessToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}/refund`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': store.vippsMsn,
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: amount } }),
  });

  return new NextResponse(null, { status: res.ok ? 204 : 502 });
}

// Cancel uses the single webshop sales unit from the server environment.
export async function DELETE(request: Request) {
  const reference = new URL(request.url).searchParams.get('reference');
  if (!reference) {
    return NextResponse.json({ error: 'reference is required' }, { status: 400 });
  }
  const token = await getVippsAccessToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}/cancel`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': process.env.VIPPS_MERCHANT_SERIAL_NUMBER!,
      'Idempotency-Key': randomUUID(),
    },
  });
  return new NextResponse(null, { status: res.ok ? 204 : 502 });
}
