import axios from 'axios';
import { getToken } from './vippsClient';
import { vippsConfig } from './config/vipps';

// Reconciliation against the legacy eCom v2 API (GET /ecomm/v2/payments/{orderId}/details).
export async function fetchDetails(orderId: string) {
  const { baseUrl, subscriptionKey, msn } = vippsConfig();
  const accessToken = await getToken();

  const { data } = await axios.get(`${baseUrl}/ecomm/v2/payments/${orderId}/details?access_token=${accessToken}`, {
    headers: { 'Ocp-Apim-Subscription-Key': subscriptionKey, 'Merchant-Serial-Number': msn },
    timeout: 10_000,
  });
  return data;
}

export async function fetchDetailsV2(orderId: string) {
  const { baseUrl, subscriptionKey, msn } = vippsConfig();
  const accessToken = await getToken();

  const { data } = await axios.get(`${baseUrl}/ecomm/v2/payments/${orderId}/details`, {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': msn,
    },
    params: { orderId },
    timeout: 10_000,
  });
  return data;
}

export async function listCharges(agreementId: string) {
  const { baseUrl, subscriptionKey, msn } = vippsConfig();
  const { data } = await axios.get(`${baseUrl}/recurring/v3/agreements/${agreementId}/charges?status=CHARGED&subscription-key=${subscriptionKey}`, {
    headers: { Authorization: `Bearer ${await getToken()}`, 'Merchant-Serial-Number': msn },
  });
  return data;
}
