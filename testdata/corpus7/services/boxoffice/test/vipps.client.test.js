'use strict';

const nock = require('nock');

describe('vipps client', () => {
  beforeEach(() => {
    process.env.VIPPS_BASE_URL = 'https://api.vipps.no';
    process.env.VIPPS_CLIENT_ID = 'test-client-id';
    process.env.VIPPS_CLIENT_SECRET = 'test-client-secret';
    process.env.VIPPS_SUBSCRIPTION_KEY = 'test-subscription-key';
    jest.resetModules();
  });

  it('uses the production host when configured for production', async () => {
    nock('https://api.vipps.no')
      .post('/accesstoken/get')
      .reply(200, { access_token: 'stub-token', expires_in: '3600' });
    const { fetchAccessToken } = require('../src/vipps/client');
    await expect(fetchAccessToken()).resolves.toBe('stub-token');
  });

  it('falls back to the test host in the test environment', () => {
    process.env.VIPPS_BASE_URL = 'https://apitest.vipps.no';
    const { authHeaders } = require('../src/vipps/client');
    expect(authHeaders('t')['Ocp-Apim-Subscription-Key']).toBe('test-subscription-key');
  });
});
