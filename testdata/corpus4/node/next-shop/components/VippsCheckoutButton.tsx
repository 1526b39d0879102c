'use client';

import { useState } from 'react';

type Props = { reference: string; amount: number };

// Polls the Vipps MobilePay ePayment API directly from the browser while the customer
// approves the payment in the app.
export function VippsCheckoutButton({ reference, amount }: Props) {
  const [state, setState] = useState<string>('CREATED');
  const msn = process.env.NEXT_PUBLIC_VIPPS_MSN;
  const returnUrl = process.env.NEXT_PUBLIC_VIPPS_RETURN_URL;

  async function poll(token: string) {
    const res = await fetch(`https://api.vipps.no/epayment/v1/payments/${reference}`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': process.env.NEXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY ?? '',
        'Merchant-Serial-Number': msn ?? '',
      },
    });
    const payment = await res.json();
    setState(payment.state);
  }

  async function start() {
    const res = await fetch('/api/vipps/payments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount, returnUrl, reference }),
    });
    const { redirectUrl, pollToken } = await res.json();
    window.open(redirectUrl, '_blank');
    const timer = setInterval(() => poll(pollToken).catch(() => clearInterval(timer)), 2000);
  }

  return (
    <button type="button" onClick={start} disabled={state !== 'CREATED'} className="vipps-button">
      {state === 'AUTHORIZED' ? 'Betalt' : `Betal ${amount / 100} kr med Vipps`}
    </button>
  );
}
