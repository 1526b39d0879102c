import { DefaultAzureCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';

// Server-side only: the portal backend fetches Acme's Vipps MobilePay partner keys from
// Key Vault at request time; nothing is written to disk or sent to the browser.
const vault = new SecretClient('https://acme-partner-kv.vault.azure.net', new DefaultAzureCredential());

export interface PartnerKeys {
  partnerClientId: string;
  partnerClientSecret: string;
  partnerSubscriptionKey: string;
}

export async function loadPartnerKeys(): Promise<PartnerKeys> {
  const [id, secret, subscription] = await Promise.all([
    vault.getSecret('vipps-partner-client-id'),
    vault.getSecret('vipps-partner-client-secret'),
    vault.getSecret('vipps-partner-subscription-key'),
  ]);
  return {
    partnerClientId: id.value!,
    partnerClientSecret: secret.value!,
    partnerSubscriptionKey: subscription.value!,
  };
}

export async function partnerAccessToken(): Promise<string> {
  const keys = await loadPartnerKeys();
  const res = await fetch('https://api.vipps.no/accesstoken/get', {
    method: 'POST',
    headers: {
      client_id: keys.partnerClientId,
      client_secret: keys.partnerClientSecret,
      'Ocp-Apim-Subscription-Key': keys.partnerSubscriptionKey,
    },
  });
  return (await res.json()).access_token;
}
