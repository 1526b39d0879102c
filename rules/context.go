package rules

import (
	"bytes"
	"strings"
)

// Vipps context. A key-shaped value is a Vipps key only with Vipps
// context: a Vipps-ish name bound to it, Vipps signals in the file, or a
// complete key set. The signals are matched on lowercased text.

// Anchor is a prefilter keyword: a lowercase word that must occur, and,
// when Before is set, one of Before must end right before it (with an
// optional '-', '_' or ' ' between). "secret" alone is everywhere in crypto
// code; "client_secret" is not.
type Anchor struct {
	Word   string
	Before []string
	After  []string
	// Needle is the part of Word searched for; the rest of Word is checked
	// around each hit. A needle that starts with a rare byte makes the
	// SIMD search skip more (measured on Go's source tree).
	Needle string
}

// Anchors is the prefilter: a file that holds none of these (in lowercase)
// cannot produce a finding, so it costs little more than reading it. Every
// rule needs one: Vipps signals, or the credential names of a key set.
func Anchors() []Anchor {
	return []Anchor{
		{Word: "vipps", Needle: "vipp"},
		{Word: "mobilepay", Needle: "mobilepay"},
		{Word: "apim", Needle: "pim"},
		{Word: "merchant", After: []string{"serial", "msn"}, Needle: "merchant"},
		{Word: "secret", Before: []string{"client"}, Needle: "cret"},
		{Word: "subscription", After: []string{"key"}, Needle: "bscr"},
	}
}

// strongSignals make a file Vipps context on their own.
var strongSignals = []string{
	"vipps", "mobilepay", "merchant-serial-number", "merchant_serial_number", "merchantserialnumber",
	"/accesstoken/get", "/miami/v1/token", "/epayment/v1", "/ecomm/v2", "/recurring/v3",
}

// HasVippsSignal reports whether lowercased text holds a Vipps signal.
func HasVippsSignal(lower []byte) bool {
	for _, s := range strongSignals {
		if bytes.Contains(lower, []byte(s)) {
			return true
		}
	}
	return false
}

// otherProducts are hosts and words of look-alikes that use the same header
// or key shapes: Azure API Management products, Cognitive Services, Entra
// (Azure AD) app secrets.
var otherProducts = []string{
	"azure-api.net", "cognitiveservices", "cognitive.microsoft", "microsofttranslator",
	"api.cognitive", "openai.azure", "login.microsoftonline", "graph.microsoft", "azuread",
	"azure_", "azure.", "\"azure", "entra", "b2clogin", "speech.microsoft", "bing.microsoft",
}

// HasOtherProductSignal reports whether lowercased text points at a
// non-Vipps product that uses the same key shapes.
func HasOtherProductSignal(lower []byte) bool {
	for _, s := range otherProducts {
		if bytes.Contains(lower, []byte(s)) {
			return true
		}
	}
	return false
}

// otherProviders are words in a credential name that say it is not Vipps's.
var otherProviders = []string{
	"azure", "cognitive", "translator", "openai", "speech", "google", "github", "gitlab", "stripe",
	"aws", "facebook", "microsoft", "entra", "aad", "auth0", "okta", "keycloak", "firebase",
	"sendgrid", "twilio", "slack", "paypal", "klarna", "adyen", "nets", "swish", "bankid",
	"apple", "twitter", "linkedin", "shopify", "mailgun", "sentry", "algolia", "cloudinary",
	"contentful", "sanity", "bing", "graph", "b2c", "oidc", "saml", "jwt", "session", "cookie",
	"csrf", "django", "rails", "laravel", "app_key", "appkey", "nextauth", "encryption",
}

// Normalize lowercases a name and drops separators: "Vipps.Client-Secret"
// and "VIPPS_CLIENT_SECRET" both become "vippsclientsecret".
func Normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		}
	}
	return b.String()
}

// NameIsVipps reports whether a (normalized) name says Vipps itself.
func NameIsVipps(n string) bool {
	return strings.Contains(n, "vipps") || strings.Contains(n, "mobilepay")
}

// NameIsOtherProvider reports whether a normalized name belongs to another
// provider and not to Vipps.
func NameIsOtherProvider(n string) bool {
	if NameIsVipps(n) {
		return false
	}
	for _, p := range otherProviders {
		if strings.Contains(n, Normalize(p)) {
			return true
		}
	}
	return false
}

// NameIsPartner reports whether a normalized name marks partner keys.
func NameIsPartner(n string) bool { return strings.Contains(n, "partner") }

// notValueNames are suffixes of names that hold something about a key, not
// the key: a header name, a file path, a URL, a length.
var notValueSuffixes = []string{
	"name", "header", "headername", "path", "file", "filename", "url", "uri", "env", "var",
	"length", "len", "size", "type", "hash", "checksum", "digest", "sha", "md5", "etag",
	"integrity", "nonce", "salt", "label", "description", "title", "placeholder", "hint",
	"regex", "pattern", "format", "example", "field", "param", "ref", "exists", "enabled",
	"valid", "expiry", "expires", "expiresin", "expiresat", "ttl", "count", "id2", "keys", "secrets",
}

// Classify returns the credential kind a name is bound to, or KindNone.
// name is raw ("Ocp-Apim-Subscription-Key", "VIPPS_CLIENT_SECRET",
// "merchantInfo.merchantSerialNumber"). A name that ends in a word such as
// Header, Path or Length holds something about a key, not the key.
func Classify(name string) Kind {
	n := Normalize(name)
	k := classifyCore(n)
	if k == KindNone {
		return k
	}
	for _, s := range notValueSuffixes {
		if strings.HasSuffix(n, s) {
			return KindNone
		}
	}
	return k
}

func classifyCore(n string) Kind {
	switch {
	case strings.Contains(n, "webhook") && (strings.Contains(n, "secret") || strings.Contains(n, "signingkey") || strings.Contains(n, "hmac")):
		return KindWebhookSecret
	case strings.Contains(n, "clientsecret"), strings.Contains(n, "clientpassword"),
		NameIsVipps(n) && (strings.HasSuffix(n, "secret") || strings.HasSuffix(n, "secretkey") || strings.HasSuffix(n, "password")):
		return KindClientSecret
	case strings.Contains(n, "subscriptionkey"), strings.Contains(n, "ocpapim"), strings.Contains(n, "apimkey"),
		strings.Contains(n, "apimsubscription"), strings.Contains(n, "subscriptionprimary"), strings.Contains(n, "subscriptionsecondary"),
		NameIsVipps(n) && strings.HasSuffix(n, "key"):
		return KindSubscriptionKey
	case strings.Contains(n, "accesstoken"), strings.Contains(n, "bearertoken"), n == "authorization" || n == "bearer",
		NameIsVipps(n) && strings.HasSuffix(n, "token"):
		return KindAccessToken
	case strings.Contains(n, "merchantserialnumber"), strings.Contains(n, "merchantserial"), n == "msn",
		strings.HasSuffix(n, "msn") && len(n) <= 16, strings.HasPrefix(n, "msn") && len(n) <= 8:
		return KindMSN
	case strings.Contains(n, "clientid"), NameIsVipps(n) && strings.HasSuffix(n, "client"):
		return KindClientID
	}
	return KindNone
}

// setMemberNames are the names that real integrations give the parts of a
// key set beside its secret: SDK constructors take { id, secret,
// subscriptionId }, some configs say VIPPS_USERNAME / VIPPS_PASSWORD or
// VIPPS_SUB_KEY_SEC for the secondary key. Alone such a name says too
// little; in the group of a found secret it names a member of the set.
// Keys are normalized names with a leading "vipps" dropped.
var setMemberNames = map[string]Kind{
	"id": KindClientID, "username": KindClientID, "user": KindClientID, "clientuser": KindClientID,
	"subscriptionid": KindSubscriptionKey, "subscription": KindSubscriptionKey, "subkey": KindSubscriptionKey,
	"subkeysec": KindSubscriptionKey, "subkeyprim": KindSubscriptionKey, "subkeysecondary": KindSubscriptionKey,
	"subkeyprimary": KindSubscriptionKey, "primarykey": KindSubscriptionKey, "secondarykey": KindSubscriptionKey,
	"apikey": KindSubscriptionKey, "key": KindSubscriptionKey,
	"password": KindClientSecret, "secret": KindClientSecret, "pass": KindClientSecret,
}

// SetMemberKind returns the kind a set-member name stands for in the group
// of a found secret, or KindNone.
func SetMemberKind(name string) Kind {
	n := strings.TrimPrefix(Normalize(lastDotted(name)), "vipps")
	return setMemberNames[n]
}

// lastDotted is the last part of a dotted or arrowed name (this.id -> id).
func lastDotted(name string) string {
	if i := strings.LastIndexAny(name, ".>"); i >= 0 {
		return name[i+1:]
	}
	return name
}

// NameMentionsSecret reports whether an identifier names a Vipps secret (a
// client secret, subscription key, token or webhook secret), for the misuse
// checks that follow names rather than values.
func NameMentionsSecret(name string) bool {
	return Classify(name).Secret()
}
