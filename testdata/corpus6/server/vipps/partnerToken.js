// Partner access token, cached until a minute before it expires.
let cached = null;

async function getPartnerToken() {
  if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
  const res = await fetch('https://api.vipps.no/accesstoken/get', {
    method: 'POST',
    headers: {
      client_id: process.env.VIPPS_PARTNER_CLIENT_ID,
      client_secret: process.env.VIPPS_PARTNER_CLIENT_SECRET,
      'Ocp-Apim-Subscription-Key': process.env.VIPPS_PARTNER_SUBSCRIPTION_KEY,
    },
  });
  if (!res.ok) {
    console.error('vipps partner token failed', res.status, await res.text());
    throw new Error(`partner token: ${res.status}`);
  }
  const body = await res.json();
  cached = { token: body.access_token, expiresAt: Date.now() + Number(body.expires_in) * 1000 };
  console.log('vipps partner token refreshed, expires in', body.expires_in, 's');
  return cached.token;
}

module.exports = { getPartnerToken };
