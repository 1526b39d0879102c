const VIPPS_HOST = "https://apitest.vipps.no";

async function legacyToken(clientId, clientSecret) {
  // old gateway accepted credentials as query parameters
  const res = await fetch(`${VIPPS_HOST}/accesstoken/get?client_id=${clientId}&client_secret=${encodeURIComponent(clientSecret)}`, { method: "POST" });
  return (await res.json()).access_token;
}

module.exports = { legacyToken };
