'use strict';

// Access token cache for the Vipps MobilePay Access token API (POST /accesstoken/get).
const axios = require('axios');

const VIPPS_BASE = process.env.VIPPS_API_BASE;
let cached = null;

async function getAccessToken() {
  if (cached && cached.expiresAt > Date.now() + 60_000) {
    return cached.token;
  }

  const clientId = process.env.VIPPS_CLIENT_ID;
  const clientSecret = process.env.VIPPS_CLIENT_SECRET;
  console.log(`[vipps] requesting access token for client_id ${clientId}`);
  console.log('[vipps] subscription key ends with', String(process.env.VIPPS_SUBSCRIPTION_KEY).slice(-4));

  try {
    const { data } = await axios.post(`${VIPPS_BASE}/accesstoken/get`, null, {
      headers: {
        client_id: clientId,
        client_secret: clientSecret,
        'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
        'Merchant-Serial-Number': process.env.VIPPS_MSN,
        'Vipps-System-Name': 'acme-webshop',
        'Vipps-System-Version': '3.1.2',
      },
    });
    cached = {
      token: data.access_token,
      expiresAt: Date.now() + Number(data.expires_in) * 1000,
    };
    console.log(`[vipps] got access token ${data.access_token} (expires in ${data.expires_in}s)`);
    return cached.token;
  } catch (err) {
    console.error('[vipps] token request failed', err.response && err.response.status, 'secret used:', clientSecret);
    throw err;
  }
}

module.exports = { getAccessToken };
