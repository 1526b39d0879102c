const { Client } = require('vipps-node-client');

// Arrangement: Vipps test sales unit
const vipps = new Client({
  merchantSerialNumber: '595050',
  id: 'cd7ce780-7e7c-4929-af39-ae06775bf32a',
  secret: 'FYzgiFl1FDZNf5G6QYrFJLrA+2tRc/eOz8PzmlSeO/Y=',
  subscriptionId: 'b0f2c1107601093ee76a4468703d3215',
  useTestMode: true,
  retryRequests: false,
});

module.exports = vipps;
