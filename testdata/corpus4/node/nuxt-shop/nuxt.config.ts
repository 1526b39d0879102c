// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2024-07-01',
  modules: ['@pinia/nuxt'],

  runtimeConfig: {
    // server-only (available in server/api/* through useRuntimeConfig())
    vippsApiBase: process.env.NUXT_VIPPS_API_BASE,
    vippsClientId: process.env.NUXT_VIPPS_CLIENT_ID,
    vippsClientSecret: process.env.NUXT_VIPPS_CLIENT_SECRET,

    // exposed to the client bundle and to window.__NUXT__
    public: {
      vippsMsn: process.env.NUXT_PUBLIC_VIPPS_MSN,
      vippsReturnUrl: process.env.NUXT_PUBLIC_VIPPS_RETURN_URL,
      vippsSubscriptionKey: process.env.NUXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY,
    },
  },

  nitro: {
    routeRules: {
      '/api/vipps/**': { cors: false },
    },
  },
});
