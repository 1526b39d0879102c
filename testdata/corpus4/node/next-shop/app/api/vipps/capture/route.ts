import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { randomUUID } from 'crypto';
import { getVippsAccessToken } from '@/lib/vipps/server';

const VIPPS_API = process.env.VIPPS_API_BASE ?? 'https://api.vipps.no';

// The store switcher in the header writes the selected sales unit to the `vipps_msn` cookie.
export async function POST(request: Request) {
  const cookieStore = await cookies();
  const msn = cookieStore.get('vipps_msn')?.value;
  const { reference, amount } = (await request.json()) as { reference: string; amount: number };

  if (!msn) {
    return NextResponse.json({ error: 'no store selected' }, { status: 400 });
  }

  const token = await getVippsAccessToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}/capture`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': msn,
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: amount } }),
  });

  return new NextResponse(null, { status: res.ok ? 204 : 502 });
}
