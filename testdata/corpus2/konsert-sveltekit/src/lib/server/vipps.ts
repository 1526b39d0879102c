import { env } from '$env/dynamic/private';
import { error } from '@sveltejs/kit';

const VIPPS_API = 'https://api.vipps.no';

type PaymentState = 'CREATED' | 'AUTHORIZED' | 'ABORTED' | 'EXPIRED' | 'TERMINATED';

export async function getAccessToken(): Promise<string> {
	const res = await fetch(`${VIPPS_API}/accesstoken/get`, {
		method: 'POST',
		headers: {
			client_id: env.VIPPS_CLIENT_ID,
			client_secret: env.VIPPS_CLIENT_SECRET,
			'Ocp-Apim-Subscription-Key': env.VIPPS_SUBSCRIPTION_KEY,
			'Merchant-Serial-Number': env.VIPPS_MSN
		}
	});
	if (!res.ok) throw error(502, 'Vipps utilgjengelig');
	return (await res.json()).access_token;
}

/** Poll payment state for the ticket reservation (used by /billett/[ref]/status). */
export async function getPaymentState(reference: string): Promise<PaymentState> {
	const token = await getAccessToken();
	const res = await fetch(
		`${VIPPS_API}/epayment/v1/payments/${encodeURIComponent(reference)}?subscription-key=${env.VIPPS_SUBSCRIPTION_KEY}`,
		{
			headers: {
				Authorization: `Bearer ${token}`,
				'Merchant-Serial-Number': env.VIPPS_MSN
			}
		}
	);
	if (!res.ok) throw error(res.status, 'Kunne ikke hente betalingsstatus');
	return (await res.json()).state as PaymentState;
}
