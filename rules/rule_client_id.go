package rules

// IsGUID reports whether v is a GUID (8-4-4-4-12 hexadecimal digits).
func IsGUID(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if v[i] != '-' {
				return false
			}
		default:
			if !isHex(v[i]) {
				return false
			}
		}
	}
	return true
}

func clientIDRule() Rule {
	return Rule{
		ID:               IDClientID,
		Name:             "VippsClientID",
		Short:            "vipps client_id beside a secret of its key set",
		Full:             "A Vipps MobilePay client_id (the sales unit's user name) is written into a file that also holds a client secret or subscription key. Alone it grants nothing and is not reported; beside a secret it tells which sales unit the leak belongs to.",
		Level:            Note,
		Precision:        "high",
		SecuritySeverity: "3.1",
		CWE:              []string{"CWE-798"},
		Kind:             KindClientID,
		Help: `# Vipps client_id beside a secret of its key set

The ` + "`client_id`" + ` is the "user name" of a sales unit. Alone it cannot
authenticate: without the ` + "`client_secret`" + ` and a subscription key nobody can get
an access token with it. So vippslint does **not** report a lone client_id (in
a fixture, a doc, a log config): that would block commits for a value that
grants nothing.

It is reported, as a note, only when the same file holds a client secret or a
subscription key: then it says which sales unit the leaked secret belongs to,
and it is part of the ` + "`vipps-credential-set`" + ` result (a related location) and of
` + "`--verify`" + `. Teams that want every client_id reported can set
` + "`report_lone_client_ids: true`" + ` in ` + "`.vippslint.yaml`" + `.

Vippslint matches a GUID bound to a client-id name in a file with Vipps
context. The documentation's example ` + "`fb492b5e-7907-4d83-bc20-c7fb60ca35de`" + ` and
all-zero GUIDs are not reported.
` + rotateHelp,
		Positives: []Sample{
			{Path: "config/vipps.json", Line: 2, Content: "{\n  \"clientId\": \"ba4e7647-05c5-4edd-b624-04ab8616469c\",\n  \"clientSecret\": \"WAWaB27SsyM5HC1PY0Pmdg==\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
			{Path: "Vipps.java", Line: 2, Content: "class Vipps {\n  static final String CLIENT_ID = \"8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\";\n  static final String SUBSCRIPTION_KEY = \"c41b5e0a3f7d92b8e6a0d4f1b7c39e25\";\n}\n"},
			{Path: "config/vipps.json", Line: 2, Config: "report_lone_client_ids: true\n", Content: "{\n  \"clientId\": \"3d9a61f2-7c4b-4e08-a5d3-9b1e0f6c2a47\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
		},
		Negatives: []Sample{
			// The twins of the positives above, with no secret beside the id.
			{Path: "config/vipps.json", Content: "{\n  \"clientId\": \"ba4e7647-05c5-4edd-b624-04ab8616469c\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
			{Path: "Vipps.java", Content: "class Vipps {\n  static final String CLIENT_ID = \"8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\";\n  static final String SUBSCRIPTION_KEY = System.getenv(\"VIPPS_SUBSCRIPTION_KEY\");\n}\n"},
			{Path: "config/vipps.json", Config: "report_lone_client_ids: false\n", Content: "{\n  \"clientId\": \"3d9a61f2-7c4b-4e08-a5d3-9b1e0f6c2a47\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
			{Path: "config/vipps.json", Content: "{\n  \"clientId\": \"00000000-0000-0000-0000-000000000000\",\n  \"clientSecret\": \"WAWaB27SsyM5HC1PY0Pmdg==\"\n}\n"},
			{Path: "vipps.md", Content: "client_id: fb492b5e-7907-4d83-bc20-c7fb60ca35de\nclient_secret: WAWaB27SsyM5HC1PY0Pmdg==\n"},
			{Path: "db/migrations/001.sql", Content: "-- orders paid with vipps\nINSERT INTO orders (id, provider) VALUES ('ba4e7647-05c5-4edd-b624-04ab8616469c', 'vipps');\n"},
			{Path: "auth.yml", Content: "github:\n  client_id: 8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\n  client_secret: WAWaB27SsyM5HC1PY0Pmdg==\n"},
		},
	}
}
