// Vipps checkout button
const vipps = {
  subscriptionKey: 'e6f6bc1c6c5914bd8972d734c655b8c1',
  orderId: '8b0c3a3e-1f9b-4d6e-9a53-2f0d9c1e7a44',
};
console.log('vipps key', vipps.subscriptionKey); // vippslint:ignore vipps-secret-logged demo page, key is a fake
