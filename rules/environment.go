package rules

import (
	"strings"
	"unicode"
)

// Which environment a name, a path or a set of key names says: the words
// of each (split at punctuation and case changes) against two lists.
var (
	prodWords = []string{"prod", "production", "live", "prd"}
	testWords = []string{"test", "testing", "dev", "development", "staging", "stage", "stg", "sandbox", "uat", "qa", "mt"}
)

// The Vipps hosts of the two environments.
const (
	TestHost = "apitest.vipps.no"
	ProdHost = "api.vipps.no"
)

// Environments, as EnvOfWords names them.
const (
	EnvProduction = "production"
	EnvTest       = "test"
)

// EnvOfWords says EnvProduction or EnvTest when the words of s say so,
// and "" otherwise or when they say both.
func EnvOfWords(s string) string {
	var prod, test bool
	for _, w := range SplitWords(s) {
		prod = prod || contains(prodWords, w)
		test = test || contains(testWords, w)
	}
	switch {
	case prod && !test:
		return EnvProduction
	case test && !prod:
		return EnvTest
	}
	return ""
}

// SplitWords splits s into lowercase words at punctuation and at lower-to-
// upper case changes: "VIPPS_PROD_URL" and "vippsProdUrl" both give
// vipps, prod, url.
func SplitWords(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) && prevLower:
			flush()
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		default:
			flush()
		}
		prevLower = unicode.IsLower(r)
	}
	flush()
	return out
}

// envSettingNames are settings whose value names the environment
// (environment: test, APP_ENV=staging), normalized.
var envSettingNames = []string{"environment", "env", "appenv", "vippsenvironment", "vippsenv", "mode", "stage"}

// IsEnvSetting reports whether a setting's name says that its value names
// the environment.
func IsEnvSetting(name string) bool {
	return contains(envSettingNames, Normalize(name))
}

// PlainWord reports whether a setting's value is one word (staging,
// production), not an expression (${1:-staging}).
func PlainWord(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if !(r == '-' || r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// hostMatchCalls are calls (the callee's last name, lowercased) that test
// a URL against a host rather than use it: url.includes(host),
// str_starts_with($url, host), url.start_with?(host).
var hostMatchCalls = []string{
	"includes", "contains", "startswith", "endswith", "indexof", "match", "matches", "test", "search",
	"equals", "equalsignorecase", "strpos", "stripos", "str_contains", "str_starts_with", "str_ends_with",
	"preg_match", "in_array", "include?", "start_with?", "end_with?", "find", "index", "count", "replace",
}

// IsHostMatchCall reports whether a call, by its callee's text
// (u.startsWith, strpos), tests a value against a host.
func IsHostMatchCall(callee string) bool {
	if i := strings.LastIndexAny(callee, ".>:"); i >= 0 {
		callee = callee[i+1:]
	}
	return contains(hostMatchCalls, strings.ToLower(callee))
}

// KeyNames is what the credential names of a file say: the environment
// all of them that name one agree on (with the first such name, for a
// message), and whether every one of them is a partner key's.
type KeyNames struct {
	Env, EnvName string
	PartnerOnly  bool
	PartnerName  string
}

var credentialKinds = map[Kind]bool{KindClientID: true, KindClientSecret: true, KindSubscriptionKey: true}

// KeyNamesOf reads the names in text (identifiers, environment variables,
// config keys, references such as ${VIPPS_TEST_CLIENT_ID}; each part of a
// dotted path on its own) that name a Vipps client_id, client secret or
// subscription key.
func KeyNamesOf(text []byte) KeyNames {
	var k KeyNames
	var partner, other int
	envs := map[string]bool{}
	for _, w := range strings.FieldsFunc(string(text), func(r rune) bool {
		return !(r == '_' || r == '-' || unicode.IsLetter(r) || unicode.IsDigit(r))
	}) {
		w = strings.Trim(w, "-")
		if len(w) < 8 || !credentialKinds[Classify(w)] {
			continue
		}
		if NameIsPartner(Normalize(w)) {
			partner++
			if k.PartnerName == "" {
				k.PartnerName = w
			}
		} else {
			other++
		}
		if e := EnvOfWords(w); e != "" {
			if !envs[e] && k.EnvName == "" {
				k.EnvName = w
			}
			envs[e] = true
		}
	}
	if len(envs) == 1 {
		for e := range envs {
			k.Env = e
		}
	} else {
		k.EnvName = ""
	}
	k.PartnerOnly = partner > 0 && other == 0
	return k
}

// HostEvidence is what vipps-env-mismatch knows of one Vipps host a value
// points at.
type HostEvidence struct {
	// Test is set for the test host, apitest.vipps.no; else production.
	Test bool
	// Env is the environment the value's binding says, and Why what says
	// it (a name, a section, the file).
	Env, Why string
	// KeyEnv is the environment the keys of the file are named for (set
	// only where that applies), KeyName one such name.
	KeyEnv, KeyName string
	// Partner says why the keys are partner keys, or is "".
	Partner string
}

// Mismatch is the message of a vipps-env-mismatch finding, naming its
// evidence, or "" when nothing says the host is the wrong one.
func (h HostEvidence) Mismatch() string {
	switch {
	case h.Test && h.Env == EnvProduction:
		return h.Why + " says production and points at the test api " + TestHost
	case !h.Test && h.Env == EnvTest:
		return h.Why + " says test and points at the production api " + ProdHost
	case h.Test && h.KeyEnv == EnvProduction:
		return "the keys this file configures are production keys (`" + h.KeyName + "`) and are aimed at the test api " + TestHost
	case !h.Test && h.KeyEnv == EnvTest:
		return "the keys this file configures are test keys (`" + h.KeyName + "`) and are aimed at the production api " + ProdHost
	case h.Test && h.Partner != "":
		return h.Partner + ", aimed at the test api " + TestHost + "; partner keys only work in production"
	}
	return ""
}
