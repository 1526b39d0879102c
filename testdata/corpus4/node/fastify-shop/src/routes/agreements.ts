import type { FastifyInstance, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { getVippsToken } from '../vipps/token';

// Recurring API v3 (POST /recurring/v3/agreements) for the subscription box product.
const RECURRING = '/recurring/v3/agreements';

interface DraftBody {
  phoneNumber: string;
  productName: string;
  amount: number;
}

export default async function agreementRoutes(fastify: FastifyInstance) {
  const base = fastify.config.VIPPS_API_BASE;

  // Partner dashboard: /merchants/:msn/agreements
  fastify.post<{ Params: { msn: string }; Body: DraftBody }>('/merchants/:msn/agreements', async (request, reply) => {
    const token = await getVippsToken(fastify.config);
    const res = await fetch(`${base}${RECURRING}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': fastify.config.VIPPS_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': request.params.msn,
        'Idempotency-Key': randomUUID(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        pricing: { type: 'LEGACY', amount: request.body.amount, currency: 'NOK' },
        interval: { unit: 'MONTH', count: 1 },
        merchantRedirectUrl: 'https://boks.acme.no/takk',
        merchantAgreementUrl: 'https://boks.acme.no/konto',
        phoneNumber: request.body.phoneNumber,
        productName: request.body.productName,
      }),
    });
    return reply.code(res.status).send(await res.json());
  });

  fastify.get<{ Params: { agreementId: string } }>('/agreements/:agreementId', async (request: FastifyRequest<{ Params: { agreementId: string } }>, reply) => {
    const msn = request.headers['x-merchant-serial-number'] as string;
    const token = await getVippsToken(fastify.config);
    const res = await fetch(`${base}${RECURRING}/${request.params.agreementId}`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': fastify.config.VIPPS_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': msn,
      },
    });
    return reply.code(res.status).send(await res.json());
  });

  // Subscriber self-service: authenticated with @fastify/jwt, MSN claim set by our login service.
  fastify.patch<{ Params: { agreementId: string } }>(
    '/me/agreements/:agreementId',
    { onRequest: [fastify.authenticate] },
    async (request, reply) => {
      const { msn } = request.user as { msn: string };
      const token = await getVippsToken(fastify.config);
      const res = await fetch(`${base}${RECURRING}/${request.params.agreementId}`, {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${token}`,
          'Ocp-Apim-Subscription-Key': fastify.config.VIPPS_SUBSCRIPTION_KEY,
          'Merchant-Serial-Number': msn,
          'Idempotency-Key': randomUUID(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ status: 'STOPPED' }),
      });
      return reply.code(res.status).send();
    },
  );

  // Nightly charge job trigger; always the box product's own sales unit from @fastify/env.
  fastify.post<{ Params: { agreementId: string } }>('/agreements/:agreementId/charges', async (request, reply) => {
    const token = await getVippsToken(fastify.config);
    const res = await fetch(`${base}${RECURRING}/${request.params.agreementId}/charges`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Ocp-Apim-Subscription-Key': fastify.config.VIPPS_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': fastify.config.VIPPS_MSN,
        'Idempotency-Key': randomUUID(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ amount: 29900, transactionType: 'DIRECT_CAPTURE', description: 'Månedsboks', due: new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10) }),
    });
    return reply.code(res.status).send(await res.json());
  });
}
