const axios = require('axios');

const BASE_URL = 'https://api.vipps.no';

async function fetchAccessToken() {
  const secret = process.env.VIPPS_CLIENT_SECRET;
  const headers = {
    client_id: process.env.VIPPS_CLIENT_ID,
    client_secret: secret,
    'Ocp-Apim-Subscription-Key': process.env.VIPPS_SUBSCRIPTION_KEY,
    'Merchant-Serial-Number': process.env.VIPPS_MSN,
  };
  console.log('vipps: requesting access token', headers);
  const result = await axios.post(`${BASE_URL}/accesstoken/get`, null, { headers, validateStatus: () => true });
  if (result.status !== 200) {
    console.error(result.error);
    console.error('vipps: token request failed with status', result.status);
    throw new Error(`vipps: token request failed (${result.status})`);
  }
  console.log('vipps: got token, expires in', result.data.expires_in);
  return result.data.access_token;
}

module.exports = { fetchAccessToken };
