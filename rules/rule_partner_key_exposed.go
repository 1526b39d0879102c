package rules

func partnerKeyExposedRule() Rule {
	return Rule{
		ID:               IDPartnerKeyExposed,
		Name:             "VippsPartnerKeyExposed",
		Short:            "vipps partner key in a place a merchant can read",
		Full:             "A Vipps MobilePay partner key (one key set for all of a partner's merchants) is placed where a merchant can read it: client-side code, an app, or a path listed as merchant_visible in .vippslint.yaml. One merchant could then act for all the others.",
		Level:            Error,
		Precision:        "high",
		SecuritySeverity: "9.8",
		CWE:              []string{"CWE-200", "CWE-522"},
		Misuse:           true,
		Help: `# Vipps partner key in a place a merchant can read

Partner keys are the janitor's keys: one ` + "`client_id`" + `, ` + "`client_secret`" + ` and
subscription key work for every sales unit connected to the partner, and the
` + "`Merchant-Serial-Number`" + ` header picks the merchant. The Vipps MobilePay
documentation is explicit: partner keys must never be visible to merchants,
and must not be stored on a merchant's system.

Tell vippslint which paths merchants can read (plugin settings shipped to
merchants, a merchant portal, per-merchant deployments):

` + "```yaml" + `
# .vippslint.yaml
merchant_visible:
  - "merchant-portal/**"
  - "plugins/*/settings/**"
` + "```" + `

Keep partner keys on the partner's own servers. If merchants must hold keys,
give each merchant its own keys, or use management keys that cannot move
money.
` + rotateHelp,
		Positives: []Sample{
			{Path: "public/js/pos.js", Line: 2, Content: "// Vipps partner integration for all our shops\nconst VIPPS_PARTNER_SUBSCRIPTION_KEY = 'e6f6bc1c6c5914bd8972d734c655b8c1';\n"},
			{Path: "merchant-portal/config/vipps.json", Line: 3, Config: "merchant_visible:\n  - \"merchant-portal/**\"\n", Content: "{\n  \"vipps\": {\n    \"partnerClientSecret\": \"yil8a9QoW2wJlLusHBc5EQ==\"\n  }\n}\n"},
		},
		Negatives: []Sample{
			{Path: "ops/partner.env", Content: "VIPPS_PARTNER_CLIENT_ID=7c1bb5f5-2a63-44ca-a4f7-90c918efb72a\nVIPPS_PARTNER_SUBSCRIPTION_KEY_REF=vault:partner/vipps\n"},
			{Path: "merchant-portal/config/vipps.json", Config: "merchant_visible:\n  - \"merchant-portal/**\"\n", Content: "{\n  \"vipps\": {\n    \"merchantSerialNumber\": \"212345\",\n    \"clientSecret\": \"${VIPPS_CLIENT_SECRET}\"\n  }\n}\n"},
			{Path: "docs/partner-keys.md", Content: "Partner keys for Vipps must never be visible to merchants. Keep VIPPS_PARTNER_CLIENT_SECRET on the server.\n"},
		},
	}
}
