// Jest manual mock of the Vipps client: canned answers shaped like production.
module.exports = {
  fetchAccessToken: jest.fn(async () => 'mock-access-token'),
  createPayment: jest.fn(async (msn, body) => ({
    reference: body.reference,
    redirectUrl: 'https://api.vipps.no/dwo-api-application/v1/deeplink/vippsgateway?v=2&token=mock-token',
  })),
  getPayment: jest.fn(async () => ({
    state: 'AUTHORIZED',
    pspReference: '7686f7788898767977',
    aggregate: { authorizedAmount: { currency: 'NOK', value: 49900 } },
    links: { self: 'https://api.vipps.no/epayment/v1/payments/order-1001' },
  })),
  baseUrl: 'https://api.vipps.no',
  testBaseUrl: 'https://apitest.vipps.no',
};
