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

Vippslint compares what a name, an enum member, a section, a case, match arm
or condition, an environment setting in the same object or call, a file's name
or environment setting, or the names of the keys a file configures say
(` + "`VIPPS_PROD_URL`" + `, ` + "`production:`" + `, ` + "`.env.production`" + `, ` + "`APP_ENV=staging`" + `,
` + "`VIPPS_LIVE_CLIENT_SECRET`" + `, ` + "`PARTNER`" + `) with the Vipps host a value points at, and
names that evidence in the message. In JavaScript, TypeScript, Python, PHP,
C#, Java, Kotlin and Ruby it reads the parsed code; comments, tests, mocks, a
conditional that maps each environment to its own host, and a file that merely
names both hosts are never findings. In documentation only keys labelled
"(production)" or "(test)", or a client secret or subscription key under a
heading that names the environment, beside a host of the other environment in
the same section, count.
`,
		Positives: []Sample{
			{Path: "deploy/.env.production", Line: 2, Content: "VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c\nVIPPS_BASE_URL=https://apitest.vipps.no\n"},
			{Path: "config/vipps.yml", Line: 3, Content: "test:\n  vipps:\n    base_url: https://api.vipps.no\n"},
			{Path: "partner.env", Line: 2, Content: "VIPPS_PARTNER_CLIENT_ID=7c1bb5f5-2a63-44ca-a4f7-90c918efb72a\nVIPPS_PARTNER_API=https://apitest.vipps.no\n"},
			{Path: "deploy/.env.staging", Line: 2, Content: "APP_ENV=staging\nVIPPS_BASE_URL=https://apitest.vipps.no\nVIPPS_LIVE_CLIENT_SECRET=${LIVE_SECRET}\n"},
			{Path: "scripts/smoke.js", Line: 2, Parsed: true, Content: "const secret = process.env.VIPPS_PROD_CLIENT_SECRET;\nconst url = 'https://apitest.vipps.no/accesstoken/get';\n"},
		},
		Negatives: []Sample{
			{Path: "deploy/.env.production", Content: "VIPPS_BASE_URL=https://api.vipps.no\n"},
			{Path: "deploy/.env.development", Content: "VIPPS_BASE_URL=https://apitest.vipps.no\n"},
			{Path: "config/vipps.yml", Content: "test:\n  vipps:\n    base_url: https://apitest.vipps.no\nproduction:\n  vipps:\n    base_url: https://api.vipps.no\n"},
			{Path: ".env.example", Content: "# use https://api.vipps.no for production\nVIPPS_BASE_URL=https://apitest.vipps.no\n"},
			{Path: "src/config.ts", Content: "export const base = isProd ? 'https://api.vipps.no' : 'https://apitest.vipps.no';\n"},
			{Path: "tests/test_client.py", Content: "def test_base():\n    assert client.base_url('production') == 'https://api.vipps.no'\n"},
		},
	}
}
