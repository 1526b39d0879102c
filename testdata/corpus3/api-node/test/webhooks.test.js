const crypto = require('crypto');
const request = require('supertest');
const app = require('../src/app');

// Secret returned by the Vipps Webhooks API (POST /webhooks/v1/webhooks) when we registered
// https://shop.acme.no/webhooks/vipps for the test sales unit.
const WEBHOOK_SECRET = 'FlyU4dumaZoCgLd8hXpG97aCwITKBWyA_MFzSjy_';

function sign(body, path, date) {
  const contentSha = crypto.createHash('sha256').update(body).digest('base64');
  const toSign = `POST\n${path}\n${date};shop.acme.no;${contentSha}`;
  const signature = crypto.createHmac('sha256', WEBHOOK_SECRET).update(toSign).digest('base64');
  return {
    contentSha,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

describe('POST /webhooks/vipps', () => {
  it('accepts a correctly signed ePayment event', async () => {
    const body = JSON.stringify({
      msn: '762767',
      reference: 'acme-658661',
      pspReference: '5674023750',
      name: 'AUTHORIZED',
      amount: { currency: 'NOK', value: 49900 },
      timestamp: '2024-05-02T12:01:33.442Z',
      idempotencyKey: '920724ca-e662-4af2-afca-fccc2bc1e2b1',
      success: true,
    });
    const date = new Date().toUTCString();
    const { contentSha, authorization } = sign(body, '/webhooks/vipps', date);
    await request(app)
      .post('/webhooks/vipps')
      .set('Host', 'shop.acme.no')
      .set('x-ms-date', date)
      .set('x-ms-content-sha256', contentSha)
      .set('Authorization', authorization)
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(200);
  });

  it('rejects a bad signature', async () => {
    await request(app)
      .post('/webhooks/vipps')
      .set('Authorization', 'HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=AAAA')
      .send('{}')
      .expect(401);
  });
});
