#!/usr/bin/env node
// Smoke test run after each staging deploy: can we get a token and create a payment?
'use strict';

const clientId = process.env.VIPPS_PROD_CLIENT_ID;
const clientSecret = process.env.VIPPS_PROD_CLIENT_SECRET;
const subscriptionKey = process.env.VIPPS_PROD_SUBSCRIPTION_KEY;
const TOKEN_URL = 'https://apitest.vipps.no/accesstoken/get';

async function main() {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: {
      client_id: clientId,
      client_secret: clientSecret,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
    },
  });
  console.log('token status', res.status);
  if (!res.ok) {
    const body = await res.json();
    console.error(body.error);
    process.exit(1);
  }
}

main();
