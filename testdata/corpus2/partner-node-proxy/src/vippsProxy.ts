import type { Request, Response, NextFunction } from 'express';
import { randomUUID } from 'node:crypto';
import { getPartnerToken } from './vippsToken';
import { db } from './db';

const VIPPS_BASE = process.env.VIPPS_BASE_URL ?? 'https://api.vipps.no';

/**
 * Relays capture requests from the merchant dashboard to Vipps MobilePay.
 * The merchant is resolved from the server-side session (express-session, Redis store);
 * the dashboard never sends an MSN.
 */
export async function captureHandler(req: Request, res: Response, next: NextFunction) {
  try {
    const merchantId = req.session.merchantId;
    if (!merchantId) return res.sendStatus(401);

    const merchant = await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
    const msn = merchant.vippsMsn;

    const upstream = await fetch(
      `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/capture`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${await getPartnerToken()}`,
          'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY!,
          'Merchant-Serial-Number': msn,
          'Idempotency-Key': req.get('Idempotency-Key') ?? randomUUID(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: Number(req.body.amount) } }),
      },
    );
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    next(err);
  }
}
