// Vipps MobilePay settings for the recurring worker. The host follows the deployment
// environment, so test keys always go to the test environment and production keys to production.
const HOSTS = {
  production: 'https://api.vipps.no',
  test: 'https://apitest.vipps.no',
} as const;

export interface VippsConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  msn: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

export function vippsConfig(): VippsConfig {
  const env = process.env.VIPPS_ENV === 'production' ? 'production' : 'test';
  return {
    baseUrl: process.env.VIPPS_API_BASE ?? HOSTS[env],
    clientId: required('VIPPS_CLIENT_ID'),
    clientSecret: required('VIPPS_CLIENT_SECRET'),
    subscriptionKey: required('VIPPS_SUBSCRIPTION_KEY'),
    msn: required('VIPPS_MSN'),
  };
}
