import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import { vippsToken } from '../vipps/auth';
import { config } from '../config';

// Legacy eCom v2 integration (POST /ecomm/v2/payments) for the franchise webshops.
const router = new Router({ prefix: '/ecomm' });

interface CreateOrderBody {
  amount: number;
  mobileNumber: string;
  msn: string;
}

router.post('/orders', async (ctx) => {
  const { amount, mobileNumber, msn } = ctx.request.body as CreateOrderBody;
  const orderId = `web-${randomUUID()}`.slice(0, 30);
  const token = await vippsToken();

  const res = await fetch(`${config.vipps.baseUrl}/ecomm/v2/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': config.vipps.subscriptionKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      merchantInfo: {
        merchantSerialNumber: msn,
        callbackPrefix: `${config.publicUrl}/vipps/callbacks`,
        fallBack: `${config.publicUrl}/orders/${orderId}`,
      },
      customerInfo: { mobileNumber },
      transaction: { orderId, amount, transactionText: 'Acme franchise' },
    }),
  });
  if (!res.ok) {
    ctx.throw(502, `Vipps returned ${res.status}`);
  }
  const payment = (await res.json()) as { url: string };
  ctx.body = { orderId, url: payment.url };
});

router.post('/orders/:orderId/capture', async (ctx) => {
  const token = await vippsToken();
  const res = await fetch(`${config.vipps.baseUrl}/ecomm/v2/payments/${ctx.params.orderId}/capture`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': config.vipps.subscriptionKey,
      'Content-Type': 'application/json',
      'X-Request-Id': randomUUID(),
    },
    body: JSON.stringify({
      merchantInfo: { merchantSerialNumber: ctx.cookies.get('franchise_msn') },
      transaction: { amount: Number((ctx.request.body as { amount: number }).amount), transactionText: 'Capture' },
    }),
  });
  ctx.status = res.ok ? 204 : 502;
});

router.put('/orders/:orderId/cancel', async (ctx) => {
  const msn = ctx.get('X-Franchise-MSN');
  const token = await vippsToken();
  const res = await fetch(`${config.vipps.baseUrl}/ecomm/v2/payments/${ctx.params.orderId}/cancel`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': config.vipps.subscriptionKey,
      'Merchant-Serial-Number': msn,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ merchantInfo: { merchantSerialNumber: config.vipps.msn }, transaction: { transactionText: 'Cancelled' } }),
  });
  ctx.status = res.ok ? 204 : 502;
});

// Franchise owners are authenticated with koa-jwt; ctx.state.user comes from the verified token.
router.post('/orders/:orderId/refund', async (ctx) => {
  const { franchise } = ctx.state.user as { franchise: { msn: string } };
  const token = await vippsToken();
  const res = await fetch(`${config.vipps.baseUrl}/ecomm/v2/payments/${ctx.params.orderId}/refund`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Ocp-Apim-Subscription-Key': config.vipps.subscriptionKey,
      'Content-Type': 'application/json',
      'X-Request-Id': randomUUID(),
    },
    body: JSON.stringify({
      merchantInfo: { merchantSerialNumber: franchise.msn },
      transaction: { amount: Number((ctx.request.body as { amount: number }).amount), transactionText: 'Refund' },
    }),
  });
  ctx.status = res.ok ? 204 : 502;
});

export default router;
