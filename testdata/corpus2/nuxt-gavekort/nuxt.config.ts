// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@pinia/nuxt', '@nuxtjs/i18n'],
  runtimeConfig: {
    // Server-only: overridden by NUXT_VIPPS_* env vars at runtime
    vipps: {
      baseUrl: 'https://apitest.vipps.no',
      clientId: '',
      clientSecret: '',
      subscriptionKey: '',
      msn: '',
    },
    public: {
      vippsEnv: 'test',
      shopName: 'Gavekortbutikken',
    },
  },
  i18n: {
    defaultLocale: 'nb',
    locales: [{ code: 'nb', file: 'nb.json' }, { code: 'en', file: 'en.json' }],
  },
});
