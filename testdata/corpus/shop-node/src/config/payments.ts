// Payment providers offered in the checkout. Vipps is the default for Norwegian customers.
export const paymentProviders = {
  vipps: {
    enabled: true,
    baseUrl: process.env.VIPPS_BASE_URL ?? "https://apitest.vipps.no",
    clientId: process.env.VIPPS_CLIENT_ID,
    clientSecret: process.env.VIPPS_CLIENT_SECRET,
    subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY,
    msn: process.env.VIPPS_MSN,
  },
  stripe: {
    enabled: process.env.STRIPE_ENABLED === "true",
    secretKey: process.env.STRIPE_SECRET_KEY ?? "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",
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_SBkRMOQByRfN6DXSDMKcURwn2BX9049l",
    currency: "nok",
  },
  invoice: {
    enabled: true,
    provider: "walley",
  },
} as const;
