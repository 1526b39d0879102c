package rules

// URLSecretParams are query parameters that carry a Vipps secret.
var urlSecretParams = []string{
	"subscription-key", "subscription_key", "subscriptionkey", "ocp-apim-subscription-key",
	"client_secret", "client-secret", "clientsecret", "access_token",
}

// URLSecretParams returns the query parameter names (lowercase) that carry
// a secret when they appear in a URL.
func URLSecretParams() []string { return append([]string(nil), urlSecretParams...) }

func secretInURLRule() Rule {
	return Rule{
		ID:               IDSecretInURL,
		Name:             "VippsSecretInURL",
		Short:            "vipps secret sent in a url query string",
		Full:             "A Vipps MobilePay client_secret, subscription key or token is put in a URL. URLs end up in proxy and server logs, browser history and Referer headers.",
		Level:            Error,
		Precision:        "high",
		SecuritySeverity: "7.5",
		CWE:              []string{"CWE-598"},
		Misuse:           true,
		Help: `# Vipps secret in a URL

Azure API Management accepts the subscription key as a ` + "`subscription-key`" + `
query parameter, and some clients put ` + "`client_secret`" + ` in the query string.
URLs are logged by proxies, load balancers and web servers and kept in
browser history. Send the key in the ` + "`Ocp-Apim-Subscription-Key`" + ` header and
the client credentials in the ` + "`client_id`/`client_secret`" + ` headers of
` + "`POST /accesstoken/get`" + `.
` + rotateHelp,
		Positives: []Sample{
			{Path: "src/token.ts", Line: 2, Content: "// Vipps access token\nconst r = await fetch(`https://apitest.vipps.no/accesstoken/get?client_id=${id}&client_secret=${secret}`, { method: 'POST' });\n", Parsed: true},
			{Path: "vipps.py", Line: 2, Content: "# vipps\nurl = f\"https://api.vipps.no/epayment/v1/payments?subscription-key={settings.VIPPS_KEY}\"\n", Parsed: true},
		},
		Negatives: []Sample{
			{Path: "src/token.ts", Content: "// Vipps login (OIDC) token call: credentials in the form body\nconst body = 'grant_type=authorization_code&client_id=' + id + '&client_secret=' + secret;\n"},
			{Path: "vipps.py", Content: "# vipps\nurl = f\"https://api.vipps.no/epayment/v1/payments?reference={ref}\"\n"},
			{Path: "translate.py", Content: "url = 'https://api.cognitive.microsofttranslator.com/translate?subscription-key=' + key\n"},
		},
	}
}
