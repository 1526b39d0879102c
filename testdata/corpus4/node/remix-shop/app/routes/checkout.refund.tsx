import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form } from '@remix-run/react';
import { requireMerchant } from '~/session.server';
import { prisma } from '~/db.server';
import { getVippsToken } from '~/vipps.server';

const VIPPS_API = process.env.VIPPS_API_BASE!;

export async function action({ request }: ActionFunctionArgs) {
  // requireMerchant reads the signed cookie session (createCookieSessionStorage with secrets)
  // and throws a redirect to /login when there is no merchant in it.
  const merchant = await requireMerchant(request);
  const formData = await request.formData();
  const reference = String(formData.get('reference'));
  const amount = Number(formData.get('amount'));

  const order = await prisma.order.findFirstOrThrow({
    where: { reference, merchantId: merchant.id },
    include: { salesUnit: true },
  });

  const token = await getVippsToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(order.reference)}/refund`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': order.salesUnit.msn,
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: amount } }),
  });

  return json({ ok: res.ok }, { status: res.ok ? 200 : 502 });
}

export default function Refund() {
  return (
    <Form method="post">
      <input name="reference" />
      <input type="number" name="amount" />
      <button type="submit">Refunder</button>
    </Form>
  );
}
