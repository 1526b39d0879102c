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
		Short:            "vipps client_id in source or config",
		Full:             "A Vipps MobilePay client_id (the sales unit's user name) is written into a file. It is not a secret on its own, but it tells where the rest of the key set is used and which sales unit it belongs to.",
		Level:            Note,
		Precision:        "high",
		SecuritySeverity: "3.1",
		CWE:              []string{"CWE-798"},
		Kind:             KindClientID,
		Help: `# Vipps client_id in source or config

The ` + "`client_id`" + ` is the "user name" of a sales unit. It is reported as a note:
on its own it cannot authenticate, but where it sits the ` + "`client_secret`" + ` and
subscription key are usually close. Prefer to read all three from the
environment or a secret store.

Vippslint reports a GUID bound to a client-id name in a file with Vipps
context. The documentation's example ` + "`fb492b5e-7907-4d83-bc20-c7fb60ca35de`" + ` and
all-zero GUIDs are not reported.
` + rotateHelp,
		Positives: []Sample{
			{Path: "config/vipps.json", Line: 2, Content: "{\n  \"clientId\": \"ba4e7647-05c5-4edd-b624-04ab8616469c\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
			{Path: "Vipps.java", Line: 2, Content: "class Vipps {\n  static final String CLIENT_ID = \"8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\";\n}\n"},
		},
		Negatives: []Sample{
			{Path: "config/vipps.json", Content: "{\n  \"clientId\": \"00000000-0000-0000-0000-000000000000\",\n  \"apiUrl\": \"https://api.vipps.no\"\n}\n"},
			{Path: "vipps.md", Content: "client_id: fb492b5e-7907-4d83-bc20-c7fb60ca35de\n"},
			{Path: "db/migrations/001.sql", Content: "-- orders paid with vipps\nINSERT INTO orders (id, provider) VALUES ('ba4e7647-05c5-4edd-b624-04ab8616469c', 'vipps');\n"},
			{Path: "auth.yml", Content: "github:\n  client_id: 8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\n"},
		},
	}
}
