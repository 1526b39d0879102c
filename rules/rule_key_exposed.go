package rules

func keyExposedRule() Rule {
	return Rule{
		ID:               IDKeyExposed,
		Name:             "VippsKeyExposed",
		Short:            "vipps secret or subscription key reaches a browser or a phone",
		Full:             "A Vipps MobilePay client_secret or subscription key is placed where a browser or a mobile app can read it: a browser-public environment variable, a client-side module or folder, app resources, browser storage, or an HTTP response.",
		Level:            Error,
		Precision:        "high",
		SecuritySeverity: "9.3",
		CWE:              []string{"CWE-200", "CWE-522"},
		Misuse:           true,
		Help: `# Vipps secret reaches a browser or a phone

Everything shipped to a browser or an app can be read by its user:
front-end build tools inline ` + "`NEXT_PUBLIC_`, `REACT_APP_`, `VITE_`, `EXPO_PUBLIC_`, `PUBLIC_`, `NUXT_PUBLIC_`" + `
and ` + "`GATSBY_`" + ` variables into the bundle, ` + "`\"use client\"`" + ` modules, ` + "`public/`" + ` and
` + "`static/`" + ` trees are served as they are, Android resources and iOS property
lists are in the app package, and browser storage and HTTP responses are the
user's to read.

Vipps MobilePay API calls must come from your server. Keep the secret and
the subscription key there, and let the browser or app call your server.
The Vipps apps and SDKs never need the keys.
` + rotateHelp,
		Positives: []Sample{
			{Path: ".env.local", Line: 2, Content: "NEXT_PUBLIC_VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nNEXT_PUBLIC_VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n"},
			{Path: "app/checkout/pay-button.tsx", Line: 3, Content: "\"use client\";\nexport function PayButton() {\n  const key = process.env.NEXT_PUBLIC_VIPPS_SUBSCRIPTION_KEY;\n  return fetch('https://api.vipps.no/epayment/v1/payments', { headers: { 'Ocp-Apim-Subscription-Key': key } });\n}\n"},
			{Path: "public/js/vipps-config.js", Line: 2, Content: "window.vippsConfig = {\n  subscriptionKey: '01d232aa8a13b4d0316548ef7a575f4d',\n  msn: '212345',\n};\n"},
			{Path: "src/store.js", Line: 2, Content: "// remember the vipps credentials between page loads\nlocalStorage.setItem('vippsClientSecret', form.clientSecret.value);\n", Parsed: true},
			{Path: "server/routes/vipps.js", Line: 3, Content: "// Vipps checkout\nrouter.get('/vipps/config', (req, res) => {\n  res.json({ clientId: process.env.VIPPS_CLIENT_ID, clientSecret: process.env.VIPPS_CLIENT_SECRET });\n});\n", Parsed: true},
		},
		Negatives: []Sample{
			{Path: ".env.local", Content: "NEXT_PUBLIC_VIPPS_MSN=212345\nNEXT_PUBLIC_VIPPS_RETURN_URL=https://shop.example.no/done\nVIPPS_CLIENT_SECRET_FILE=/run/secrets/vipps\n"},
			{Path: "server/vipps.ts", Content: "import 'server-only';\nconst secret = process.env.VIPPS_CLIENT_SECRET;\nconst base = 'https://api.vipps.no';\n"},
			{Path: "server/routes/vipps.js", Content: "// Vipps checkout\nrouter.post('/vipps/pay', async (req, res) => {\n  res.json({ redirectUrl: payment.redirectUrl, reference: payment.reference });\n});\n"},
			{Path: "src/store.js", Content: "// vipps order reference survives a reload\nlocalStorage.setItem('vippsOrderReference', reference);\n"},
			{Path: "public/js/checkout.js", Content: "// Vipps: the server talks to api.vipps.no, the page only redirects\nfetch('/api/vipps/pay', { method: 'POST' }).then(r => r.json()).then(p => location.assign(p.redirectUrl));\n"},
		},
	}
}
