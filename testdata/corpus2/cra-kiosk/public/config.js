// Runtime-konfig for selvbetjeningskiosken. Byttes ut av deploy-skriptet per lokasjon.
// Lastes i public/index.html før bundle.js: <script src="%PUBLIC_URL%/config.js"></script>
window.__KIOSK_CONFIG__ = {
  location: "Oslo S – kiosk 3",
  apiBase: "https://kiosk-api.matstasjonen.example",
  vipps: {
    env: "production",
    baseUrl: "https://api.vipps.no",
    merchantSerialNumber: "9554425",
    clientSecret: "APUb6sWGU7dF1eegtscTrLqelJgEMmQph5ZX/63yYIU=",
    qrTimeoutSeconds: 120
  },
  idleResetSeconds: 90
};
