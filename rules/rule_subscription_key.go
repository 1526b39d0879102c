package rules

// IsSubscriptionKey reports whether v has the shape of an API Management
// subscription key: 32 hexadecimal digits, mixing digits and letters.
func IsSubscriptionKey(v string) bool {
	if len(v) != 32 {
		return false
	}
	var digit, letter bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !isHex(c) {
			return false
		}
		if c <= '9' {
			digit = true
		} else {
			letter = true
		}
	}
	return digit && letter
}

func subscriptionKeyRule() Rule {
	return Rule{
		ID:               IDSubscriptionKey,
		Name:             "VippsSubscriptionKey",
		Short:            "vipps subscription key (Ocp-Apim-Subscription-Key) in source or config",
		Full:             "A Vipps MobilePay subscription key (primary or secondary), sent as Ocp-Apim-Subscription-Key or Vipps-Subscription-Key, is written into a file.",
		Level:            Error,
		Precision:        "high",
		SecuritySeverity: "8.8",
		CWE:              []string{"CWE-798"},
		Kind:             KindSubscriptionKey,
		Help: `# Vipps subscription key in source or config

Every Vipps MobilePay API call carries a subscription key in the
` + "`Ocp-Apim-Subscription-Key`" + ` header (also called ` + "`Vipps-Subscription-Key`" + `).
Each sales unit has a primary and a secondary key; both work.

Vippslint reports 32 hexadecimal digits bound to a subscription-key name in a
file with Vipps context. The same header on Azure Cognitive Services or
another API Management product (` + "`*.azure-api.net`" + `) is not reported, nor is
the documentation's example ` + "`0f14ebcab0eb4b29ae0cb90d91b4a84a`" + `.
` + rotateHelp,
		Positives: []Sample{
			{Path: "vipps.sh", Line: 3, Content: "curl -X POST https://apitest.vipps.no/accesstoken/get \\\n  -H \"client_id: $CLIENT_ID\" -H \"client_secret: $CLIENT_SECRET\" \\\n  -H \"Ocp-Apim-Subscription-Key: b2c7234d9ac3ea2ab8b1097408aef82e\"\n"},
			{Path: "src/VippsClient.cs", Line: 3, Content: "// Vipps MobilePay ePayment client\nvar http = new HttpClient { BaseAddress = new Uri(\"https://api.vipps.no\") };\nhttp.DefaultRequestHeaders.Add(\"Ocp-Apim-Subscription-Key\", \"01d232aa8a13b4d0316548ef7a575f4d\");\n"},
			{Path: "config.toml", Line: 3, Content: "[vipps]\nclient_id = \"ba4e7647-05c5-4edd-b624-04ab8616469c\"\nsubscription_key_primary = \"56eeb860458e581bb0f611b182dd3fbd\"\n"},
			{Path: "postman/vipps.postman_environment.json", Line: 5, Content: "{\n  \"name\": \"Vipps test\",\n  \"values\": [\n    {\"key\": \"Ocp_Apim_Subscription_Key\",\n     \"value\": \"05497a3988c74ff1865638025b8feb09\", \"enabled\": true}\n  ]\n}\n"},
			{Path: "app/src/main/res/values/vipps.xml", Line: 3, Content: "<resources>\n  <string name=\"vipps_client_id\">a1128f53-e98b-4cb5-ab55-42289ac28a14</string>\n  <string name=\"vipps_subscription_key\">a660016fceab0c0125b55845891b2158</string>\n</resources>\n"},
		},
		Negatives: []Sample{
			{Path: "translate.py", Content: "import requests\nENDPOINT = 'https://api.cognitive.microsofttranslator.com/translate'\nheaders = {'Ocp-Apim-Subscription-Key': 'b2c7234d9ac3ea2ab8b1097408aef82e'}\n"},
			{Path: "apim.tf", Content: "resource \"azurerm_api_management_subscription\" \"orders\" {\n  api_management_name = \"contoso.azure-api.net\"\n  primary_key = \"01d232aa8a13b4d0316548ef7a575f4d\"\n}\n"},
			{Path: "README.md", Content: "Send the header `Ocp-Apim-Subscription-Key: 0f14ebcab0eb4b29ae0cb90d91b4a84a` to api.vipps.no.\n"},
			{Path: "checksums.txt", Content: "# vipps-plugin release files\nmd5 56eeb860458e581bb0f611b182dd3fbd  vipps-plugin.zip\n"},
			{Path: "src/vipps.js", Content: "// Vipps\nconst SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key';\nconst key = process.env.VIPPS_SUBSCRIPTION_KEY;\n"},
			{Path: "test/fixtures.env", Content: "VIPPS_SUBSCRIPTION_KEY=00000000000000000000000000000000\nVIPPS_MSN=123456\n"},
		},
	}
}
