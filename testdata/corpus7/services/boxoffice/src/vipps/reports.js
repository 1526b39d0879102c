'use strict';

// Nightly settlement pull for every venue, via the Report API.
const https = require('https');
const { fetchAccessToken } = require('./client');

const settings = require('../../config/vipps.json');

function ledgerUrl(ledgerId, date) {
  const key = settings.subscriptionKey;
  return `https://api.vipps.no/report/v2/ledgers/${ledgerId}/funds/dates/${date}?subscription-key=${key}`;
}

async function fetchFunds(ledgerId, date) {
  const token = await fetchAccessToken();
  return new Promise((resolve, reject) => {
    https.get(ledgerUrl(ledgerId, date), { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

function venueLedgerLink(ledgerId, msn) {
  return `https://billett.kulisse.no/venue/oppgjor?ledger=${ledgerId}&msn=${msn}`;
}

module.exports = { fetchFunds, venueLedgerLink };
