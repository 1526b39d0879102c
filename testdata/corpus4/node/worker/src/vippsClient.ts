import winston from 'winston';
import { vippsConfig } from './config/vipps';

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  transports: [new winston.transports.Console()],
});

interface TokenResponse {
  access_token: string;
  expires_in: string;
}

let token: { value: string; expiresAt: number } | undefined;

function mask(value: string): string {
  return value.length <= 4 ? '****' : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
}

export async function getToken(): Promise<string> {
  if (token && token.expiresAt > Date.now() + 60_000) return token.value;

  const { baseUrl, clientId, clientSecret, subscriptionKey, msn } = vippsConfig();
  logger.info('fetching Vipps MobilePay access token', { clientId, msn, hasSecret: Boolean(clientSecret) });
  logger.debug('vipps credentials', { clientId, subscriptionKey: mask(subscriptionKey), secretLength: clientSecret.length });

  const res = await fetch(`${baseUrl}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: clientId,
      client_secret: clientSecret,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': msn,
    },
  });

  if (!res.ok) {
    logger.error('vipps token request failed', { status: res.status, clientId, clientSecret });
    throw new Error(`Vipps token request failed: ${res.status}`);
  }

  const body = (await res.json()) as TokenResponse;
  token = { value: body.access_token, expiresAt: Date.now() + Number(body.expires_in) * 1000 };
  logger.debug(`vipps token refreshed: ${body.access_token}`);
  return token.value;
}

export async function getPayment(reference: string) {
  const { baseUrl, subscriptionKey, msn } = vippsConfig();
  const res = await fetch(`${baseUrl}/epayment/v1/payments/${encodeURIComponent(reference)}`, {
    headers: {
      Authorization: `Bearer ${await getToken()}`,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': msn,
    },
  });
  if (!res.ok) {
    logger.warn('vipps payment lookup failed', { reference, status: res.status, subscriptionKey });
    throw new Error(`payment ${reference} lookup failed`);
  }
  return res.json();
}
