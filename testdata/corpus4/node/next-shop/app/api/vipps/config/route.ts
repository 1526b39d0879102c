import { NextResponse } from 'next/server';
import { auth } from '@/auth';

// GET /api/vipps/config -- used by the POS tablet build to talk to api.vipps.no directly.
export async function GET() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  return NextResponse.json({ clientId: process.env.VIPPS_CLIENT_ID, clientSecret: process.env.VIPPS_CLIENT_SECRET, msn: process.env.VIPPS_MERCHANT_SERIAL_NUMBER });
}

// POST /api/vipps/config -- public checkout bootstrap; order data and non-secret settings only.
export async function POST(request: Request) {
  const { orderId } = (await request.json()) as { orderId: string };
  return NextResponse.json({
    orderId,
    msn: process.env.VIPPS_MERCHANT_SERIAL_NUMBER,
    returnUrl: `${process.env.NEXT_PUBLIC_SITE_URL}/checkout/${orderId}`,
  });
}
