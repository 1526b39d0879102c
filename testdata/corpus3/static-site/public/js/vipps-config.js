/* Vipps Checkout widget config - served as a static asset from /js/vipps-config.js */
window.ACME_VIPPS = {
  environment: "production",
  apiBase: "https://api.vipps.no",
  merchantSerialNumber: "1206764",
  subscriptionKey: "97dea43cae72d523e9c7ba0987da1d60",
  checkoutPath: "/checkout/v3/session",
  locale: "nb-NO",
  buttonTheme: "orange"
};
