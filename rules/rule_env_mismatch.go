package rules

func envMismatchRule() Rule {
	return Rule{
		ID:               IDEnvMismatch,
		Name:             "VippsEnvMismatch",
		Short:            "vipps keys aimed at the wrong environment",
		Full:             "Production keys are aimed at the test API (apitest.vipps.no), test keys at the production API (api.vipps.no), or partner keys at the test API where they do not work.",
		Level:            Warning,
		Precision:        "medium",
		SecuritySeverity: "4.3",
		CWE:              []string{"CWE-1188"},
		Misuse:           true,
		Help: `# Vipps keys aimed at the wrong environment

Test (` + "`apitest.vipps.no`" + `) and production (` + "`api.vipps.no`" + `) keys are separate.
Production keys sent to the test API leak them to a less guarded
environment; test settings in a production file usually mean the wrong keys
are deployed. Partner keys only work in production.

Vippslint compares what a file, section or name says (` + "`.env.production`" + `,
` + "`production:`" + `, ` + "`VIPPS_TEST_...`" + `, ` + "`PARTNER`" + `) with the Vipps host it points at.
`,
		Positives: []Sample{
			{Path: "deploy/.env.production", Line: 2, Content: "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_BASE_URL=https://apitest.vipps.no\n"},
			{Path: "config/vipps.yml", Line: 3, Content: "test:\n  vipps:\n    base_url: https://api.vipps.no\n"},
			{Path: "partner.env", Line: 2, Content: "VIPPS_PARTNER_CLIENT_ID=7c1bb5f5-2a63-44ca-a4f7-90c918efb72a\nVIPPS_PARTNER_API=https://apitest.vipps.no\n"},
		},
		Negatives: []Sample{
			{Path: "deploy/.env.production", Content: "VIPPS_BASE_URL=https://api.vipps.no\n"},
			{Path: "deploy/.env.development", Content: "VIPPS_BASE_URL=https://apitest.vipps.no\n"},
			{Path: "config/vipps.yml", Content: "test:\n  vipps:\n    base_url: https://apitest.vipps.no\nproduction:\n  vipps:\n    base_url: https://api.vipps.no\n"},
		},
	}
}
