// Vipps MobilePay partner client. Partner keys are read from Azure Key Vault at
// startup; they are never written to disk or sent to terminals / merchants.
const { DefaultAzureCredential } = require("@azure/identity");
const { SecretClient } = require("@azure/keyvault-secrets");

const vault = new SecretClient(process.env.VIPPS_PARTNER_KEYVAULT_URL, new DefaultAzureCredential());

const partnerClient = {
  baseUrl: "https://api.vipps.no", // partner keys only work in production
  clientId: null,
  clientSecret: null,
  subscriptionKey: null,
  token: null,
  tokenExpires: 0,

  async load() {
    const [id, secret, key] = await Promise.all([
      vault.getSecret("vipps-partner-client-id"),
      vault.getSecret("vipps-partner-client-secret"),
      vault.getSecret("vipps-partner-subscription-key"),
    ]);
    this.clientId = id.value;
    this.clientSecret = secret.value;
    this.subscriptionKey = key.value;
  },

  async getAccessToken() {
    if (this.token && Date.now() < this.tokenExpires) return this.token;
    const res = await fetch(`${this.baseUrl}/accesstoken/get`, {
      method: "POST",
      headers: {
        client_id: this.clientId,
        client_secret: this.clientSecret,
        "Ocp-Apim-Subscription-Key": this.subscriptionKey,
      },
    });
    const body = await res.json();
    this.token = body.access_token;
    this.tokenExpires = Date.now() + (Number(body.expires_in) - 60) * 1000;
    return this.token;
  },

  // Headers for a call on behalf of the merchant the logged-in user belongs to.
  async headersFor(req) {
    return {
      Authorization: `Bearer ${await this.getAccessToken()}`,
      "Ocp-Apim-Subscription-Key": this.subscriptionKey,
      "Merchant-Serial-Number": req.session.merchant.msn,
    };
  },
};

module.exports = { partnerClient };
