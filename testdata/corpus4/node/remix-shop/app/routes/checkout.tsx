import type { ActionFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { getVippsToken } from '~/vipps.server';

const VIPPS_API = process.env.VIPPS_API_BASE!;

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const amount = Number(formData.get('amount'));
  const msn = String(formData.get('msn'));
  const reference = `remix-${crypto.randomUUID()}`;

  const token = await getVippsToken();
  const res = await fetch(`${VIPPS_API}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY!,
      'Merchant-Serial-Number': msn,
      'Idempotency-Key': reference,
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: amount },
      paymentMethod: { type: 'WALLET' },
      reference,
      returnUrl: new URL(`/checkout/done?ref=${reference}`, request.url).toString(),
      userFlow: 'WEB_REDIRECT',
    }),
  });

  if (!res.ok) {
    return json({ error: 'Betalingen kunne ikke startes' }, { status: 502 });
  }
  const { redirectUrl } = await res.json();
  return redirect(redirectUrl);
}

export default function Checkout() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input type="hidden" name="msn" value="212345" />
      <input type="number" name="amount" min={100} />
      <button type="submit">Betal med Vipps</button>
      {data?.error ? <p role="alert">{data.error}</p> : null}
    </Form>
  );
}
