'use strict';

// "Logg inn med Facebook" for kundekontoer.
const GRAPH = 'https://graph.facebook.com/v19.0';

async function exchangeCode(code, redirectUri) {
  const url =
    `${GRAPH}/oauth/access_token?client_id=${process.env.FB_APP_ID}` +
    `&redirect_uri=${encodeURIComponent(redirectUri)}` +
    `&client_secret=${process.env.FB_APP_SECRET}&code=${encodeURIComponent(code)}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`facebook token exchange failed: ${res.status}`);
  return res.json();
}

async function fetchProfile(accessToken) {
  const res = await fetch(`${GRAPH}/me?fields=id,name,email&access_token=${accessToken}`);
  return res.json();
}

module.exports = { exchangeCode, fetchProfile };
