#!/usr/bin/env node
// Prints the Vipps MobilePay host for a deploy target; used by the deploy scripts.
'use strict';

const target = process.argv[2] || process.env.DEPLOY_TARGET || 'test';

function vippsBaseUrl(env) {
  switch (env) {
    case 'production':
    case 'prod':
      return 'https://api.vipps.no';
    case 'staging':
    case 'test':
    default:
      return 'https://apitest.vipps.no';
  }
}

const secretName = target === 'production' ? 'VIPPS_PROD_CLIENT_SECRET' : 'VIPPS_TEST_CLIENT_SECRET';
if (!process.env[secretName]) {
  console.error(`${secretName} is not set for target ${target}`);
}
console.log(vippsBaseUrl(target));
