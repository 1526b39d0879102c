package rules

func secretLoggedRule() Rule {
	return Rule{
		ID:               IDSecretLogged,
		Name:             "VippsSecretLogged",
		Short:            "vipps secret written to a log, stdout or an error message",
		Full:             "A Vipps MobilePay client_secret, subscription key or access token is passed to a logging or printing call or an error message. Logs are read by more people and systems than the code, and kept longer.",
		Level:            Warning,
		Precision:        "medium",
		SecuritySeverity: "6.5",
		CWE:              []string{"CWE-532"},
		Misuse:           true,
		Help: `# Vipps secret written to a log

Logs are shipped to log services, attached to tickets and kept for months.
A client_secret, subscription key or access token in a log line is a leak.

Log that the secret is set, or its last four characters, never the value:

` + "```js" + `
console.log('vipps key ends with', key.slice(-4));
` + "```" + `

Masked values (` + "`'***'`, `slice(-4)`, `[-4:]`, `REDACTED`" + `, a length or a boolean)
are not reported.
` + rotateHelp,
		Positives: []Sample{
			{Path: "vipps.js", Line: 2, Content: "// Vipps token request\nconsole.log('vipps client secret', process.env.VIPPS_CLIENT_SECRET);\n", Parsed: true},
			{Path: "vipps/client.py", Line: 3, Content: "import logging\n# Vipps\nlogger.info(\"getting token with key %s\", settings.VIPPS_SUBSCRIPTION_KEY)\n", Parsed: true},
			{Path: "includes/class-vipps.php", Line: 3, Content: "<?php\n// Vipps MobilePay\nerror_log('Vipps auth failed with client_secret ' . $this->client_secret);\n", Parsed: true},
		},
		Negatives: []Sample{
			{Path: "vipps.js", Content: "// Vipps token request\nconsole.log('vipps key ends with', process.env.VIPPS_SUBSCRIPTION_KEY.slice(-4));\n"},
			{Path: "vipps/client.py", Content: "# Vipps\nlogger.info(\"client_id=%s\", settings.VIPPS_CLIENT_ID)\n"},
			{Path: "vipps.js", Content: "// Vipps\nconsole.log('VIPPS_CLIENT_SECRET set:', Boolean(process.env.VIPPS_CLIENT_SECRET));\n"},
			{Path: "includes/class-vipps.php", Content: "<?php\n// Vipps MobilePay\nerror_log('Vipps auth failed, client_secret: ' . str_repeat('*', 8));\n"},
		},
	}
}
