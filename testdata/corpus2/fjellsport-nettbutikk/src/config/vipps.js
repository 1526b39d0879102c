'use strict';

const isProduction = process.env.NODE_ENV === 'production';

// Produksjon går mot api.vipps.no, alt annet mot test-miljøet (MT).
const baseUrl = isProduction ? 'https://api.vipps.no' : 'https://apitest.vipps.no';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Mangler miljøvariabel ${name}`);
  return value;
}

module.exports = {
  baseUrl,
  clientId: required('VIPPS_CLIENT_ID'),
  clientSecret: required('VIPPS_CLIENT_SECRET'),
  subscriptionKey: required('VIPPS_SUBSCRIPTION_KEY'),
  merchantSerialNumber: required('VIPPS_MSN'),
  systemName: process.env.VIPPS_SYSTEM_NAME || 'fjellsport-shop',
  systemVersion: process.env.VIPPS_SYSTEM_VERSION || require('../../package.json').version,
};
