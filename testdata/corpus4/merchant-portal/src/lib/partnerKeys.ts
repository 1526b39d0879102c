// Used by the "Test connection" button on the merchant settings page.
// TODO(kari): move to the backend before GA.
export const VIPPS_API_BASE = 'https://api.vipps.no';
export const VIPPS_PARTNER_SUBSCRIPTION_KEY = 'a1bb18a848f568824ea0beaaa35af6bb';

export async function testConnection(accessToken: string, merchantSerialNumber: string): Promise<boolean> {
  const res = await fetch(`${VIPPS_API_BASE}/management/v1/sales-units/${merchantSerialNumber}`, {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      'Ocp-Apim-Subscription-Key': VIPPS_PARTNER_SUBSCRIPTION_KEY,
      'Merchant-Serial-Number': merchantSerialNumber,
    },
  });
  return res.ok;
}
