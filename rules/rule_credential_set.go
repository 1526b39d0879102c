package rules

func credentialSetRule() Rule {
	return Rule{
		ID:               IDCredentialSet,
		Name:             "VippsCredentialSet",
		Short:            "complete vipps key set (client_id, client_secret, subscription key) in one file",
		Full:             "A client_id, a client_secret and a subscription key of Vipps MobilePay sit together in one file: everything needed to get an access token and move money. One result with related locations for each part.",
		Level:            Error,
		Precision:        "very-high",
		SecuritySeverity: "9.8",
		CWE:              []string{"CWE-798"},
		Help: `# Complete Vipps key set in one file

A ` + "`client_id`" + `, a ` + "`client_secret`" + ` and a subscription key found in the same file
are a working key set: anyone who reads the file can call
` + "`POST /accesstoken/get`" + ` and act as the sales unit (or, with partner keys, as
every merchant of the partner). The result points at the secret and links
the other parts as related locations. Rotate all of them.
` + rotateHelp,
		Positives: []Sample{
			{Path: "deploy/.env.production", Line: 2, Content: "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\nVIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e\nVIPPS_MSN=212345\n"},
			{Path: "settings.env", Line: 2, Content: "CLIENT_ID=f141c066-619f-4d6d-8a5c-538261b0f9ff\nCLIENT_SECRET=+DC+InAyXsNCvv+LxK+gLLjqzc4=\nOCP_APIM_SUBSCRIPTION_KEY=56eeb860458e581bb0f611b182dd3fbd\n"},
		},
		Negatives: []Sample{
			{Path: ".env", Content: "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==\n"},
			{Path: ".env.sample", Content: "VIPPS_CLIENT_ID=<client id>\nVIPPS_CLIENT_SECRET=<client secret>\nVIPPS_SUBSCRIPTION_KEY=<subscription key>\n"},
			{Path: "settings.env", Content: "CLIENT_ID=f141c066-619f-4d6d-8a5c-538261b0f9ff\nCLIENT_SECRET=+DC+InAyXsNCvv+LxK+gLLjqzc4=\n"},
		},
	}
}
