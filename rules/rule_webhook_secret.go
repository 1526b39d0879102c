package rules

import "strings"

// Webhook secret limits: the length range of the secret the Webhooks API
// returns, the distinct characters and the entropy floor that tell it from
// an identifier or a repeated pattern.
const (
	minWebhookSecretLen      = 16
	maxWebhookSecretLen      = 128
	minWebhookSecretDistinct = 8
	minWebhookSecretEntropy  = 3.0
)

// IsWebhookSecret reports whether v can be a webhook HMAC secret: 16 to
// 128 token characters (or a GUID) with digits and letters, eight distinct
// characters and no dots (a dotted name is code, not a secret).
func IsWebhookSecret(v string) bool {
	if len(v) < minWebhookSecretLen || len(v) > maxWebhookSecretLen {
		return false
	}
	var up, lo, dg bool
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !IsTokenByte(c) && c != '=' {
			return false
		}
		up = up || 'A' <= c && c <= 'Z'
		lo = lo || 'a' <= c && c <= 'z'
		dg = dg || '0' <= c && c <= '9'
	}
	return dg && (up || lo) && !strings.Contains(v, ".") && distinct(v) >= minWebhookSecretDistinct && Entropy(v) >= minWebhookSecretEntropy
}

func webhookSecretRule() Rule {
	return Rule{
		ID:               IDWebhookSecret,
		Name:             "VippsWebhookSecret",
		Short:            "vipps webhook hmac secret in source or config",
		Full:             "The secret that Vipps MobilePay returns when a webhook is registered, used to verify the HMAC signature of webhook calls, is written into a file. Whoever has it can forge payment events.",
		Level:            Warning,
		Precision:        "medium",
		SecuritySeverity: "7.5",
		CWE:              []string{"CWE-798"},
		Kind:             KindWebhookSecret,
		Help: `# Vipps webhook HMAC secret in source or config

The Webhooks API returns a ` + "`secret`" + ` when a webhook is registered; the
receiver uses it to check the ` + "`Authorization`" + ` HMAC of each event. With the
secret an attacker can forge "payment captured" events to your endpoint.

To rotate, delete the webhook (` + "`DELETE /webhooks/v1/webhooks/{id}`" + `),
register it again and store the new secret in your secret store.
` + rotateHelp,
		Positives: []Sample{
			{Path: ".env", Line: 2, Content: "VIPPS_MSN=212345\nVIPPS_WEBHOOK_SECRET=hMWANnyVulBcvALYIeKxygz_87cLrsuMemX_h4G5\n"},
			{Path: "webhooks.rb", Line: 2, Content: "# Vipps MobilePay webhooks\nWEBHOOK_SECRET = 'f7Kq2Lx9Vn4Rt8Wz1Hb6Jm3Pc5Ys0Ud'\n"},
		},
		Negatives: []Sample{
			{Path: ".env", Content: "VIPPS_MSN=212345\nVIPPS_WEBHOOK_SECRET=changeme\n"},
			{Path: "stripe.env", Content: "STRIPE_WEBHOOK_SECRET=whsec_f7Kq2Lx9Vn4Rt8Wz1Hb6Jm3Pc5Ys0Ud\n"},
			{Path: "webhooks.rb", Content: "# Vipps MobilePay webhooks\nWEBHOOK_SECRET = ENV.fetch('VIPPS_WEBHOOK_SECRET')\n"},
		},
	}
}
