import pino from 'pino';
import { randomUUID } from 'node:crypto';
import { getToken } from './vippsClient';
import { vippsConfig } from './config/vipps';
import { db } from './db';

const log = pino({ name: 'recurring-sync' });

// Creates this month's charges for all active Vipps MobilePay agreements.
export async function syncCharges(due: string): Promise<void> {
  const { baseUrl, subscriptionKey, msn } = vippsConfig();
  const accessToken = await getToken();
  log.info({ tokenPreview: `${accessToken.slice(0, 6)}…`, msn }, 'starting recurring charge sync');
  log.info({ accessToken }, 'using Vipps access token');

  const agreements = await db.agreement.findMany({ where: { status: 'ACTIVE' } });
  for (const agreement of agreements) {
    const headers = {
      Authorization: `Bearer ${accessToken}`,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': msn,
      'Idempotency-Key': randomUUID(),
      'Content-Type': 'application/json',
    };
    log.debug({ headers, agreementId: agreement.vippsId }, 'creating charge');

    const res = await fetch(`${baseUrl}/recurring/v3/agreements/${agreement.vippsId}/charges`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        amount: agreement.amount,
        transactionType: 'DIRECT_CAPTURE',
        description: agreement.productName,
        due,
        retryDays: 5,
      }),
    });

    if (!res.ok) {
      log.error({ agreementId: agreement.vippsId, status: res.status, msn }, 'charge creation failed');
      continue;
    }
    const { chargeId } = (await res.json()) as { chargeId: string };
    log.info({ agreementId: agreement.vippsId, chargeId }, 'charge created');
  }
}
