package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Level is a rule's default SARIF level.
type Level string

// SARIF levels.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
)

// Rule IDs. They are stable: users type them in ignore comments.
const (
	IDClientSecret      = "vipps-client-secret"
	IDSubscriptionKey   = "vipps-subscription-key"
	IDClientID          = "vipps-client-id"
	IDCredentialSet     = "vipps-credential-set"
	IDAccessToken       = "vipps-access-token"
	IDWebhookSecret     = "vipps-webhook-secret"
	IDKeyExposed        = "vipps-key-exposed"
	IDPartnerKeyExposed = "vipps-partner-key-exposed"
	IDMutableMSN        = "vipps-mutable-msn"
	IDSecretLogged      = "vipps-secret-logged"
	IDSecretInURL       = "vipps-secret-in-url"
	IDEnvMismatch       = "vipps-env-mismatch"

	// IDDirective is not a catalogue rule: it reports ignore directives that
	// are malformed or unused.
	IDDirective = "vippslint-directive"
)

// Sample is a file that a rule must (positive) or must not (negative)
// report. Line, when set, is the 1-based line the finding must point at.
type Sample struct {
	Path    string
	Content string
	Line    int
	// Config is the .vippslint.yaml the sample is scanned with, if any.
	Config string
	// Parsed says the finding needs the parsed misuse checks, which a
	// binary built without cgo does not have.
	Parsed bool
}

// Rule is one entry of the catalogue.
type Rule struct {
	ID        string
	Name      string // PascalCase, for SARIF rule.name
	Short     string // one line, lowercase, no trailing period
	Full      string // a paragraph
	Level     Level
	Precision string // SARIF precision: very-high, high, medium, low
	// SecuritySeverity is GitHub's security-severity (0.0 to 10.0).
	SecuritySeverity string
	CWE              []string
	// Help is Markdown; the first heading is the rule's short description.
	Help string
	// Kind is the credential a leak rule finds (KindNone for misuse rules).
	Kind Kind
	// Misuse is true for rules that find a misuse, not a value.
	Misuse    bool
	Positives []Sample
	Negatives []Sample
}

// HelpURI is the rule's documentation page.
func (r Rule) HelpURI() string {
	return "https://github.com/vippslint/vippslint/blob/main/README.md#" + r.ID
}

// Tags are SARIF rule tags; GitHub shows security results for "security".
func (r Rule) Tags() []string {
	tags := []string{"security"}
	for _, c := range r.CWE {
		tags = append(tags, "external/cwe/"+strings.ToLower(c))
	}
	return tags
}

// All returns the catalogue sorted by ID. The slice is new on every call.
func All() []Rule {
	all := []Rule{
		clientSecretRule(), subscriptionKeyRule(), clientIDRule(), credentialSetRule(),
		accessTokenRule(), webhookSecretRule(), keyExposedRule(), partnerKeyExposedRule(),
		mutableMSNRule(), secretLoggedRule(), secretInURLRule(), envMismatchRule(),
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// Directive describes IDDirective for writers that need rule metadata.
func Directive() Rule {
	return Rule{
		ID:               IDDirective,
		Name:             "IgnoreDirective",
		Short:            "malformed or unused vippslint:ignore directive",
		Full:             "A vippslint:ignore directive must name a rule and give a reason; with --report-unused-ignores a directive that suppresses nothing is reported too.",
		Level:            Warning,
		Precision:        "very-high",
		SecuritySeverity: "1.0",
		Help: "# Malformed or unused vippslint:ignore directive\n\n" +
			"Write `vippslint:ignore RULE-ID reason` in a comment on the line of the finding or the line above. " +
			"The reason is required. A directive that no longer matches a finding is stale: delete it.\n",
	}
}

// ByID returns the rule with the given ID, including IDDirective.
func ByID(id string) (Rule, bool) {
	if id == IDDirective {
		return Directive(), true
	}
	for _, r := range All() {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Validate checks the catalogue's own consistency; the tests call it.
func Validate(all []Rule) error {
	seen := map[string]bool{}
	for _, r := range all {
		switch {
		case seen[r.ID]:
			return fmt.Errorf("rule %s: duplicate id", r.ID)
		case !strings.HasPrefix(r.ID, "vipps-"):
			return fmt.Errorf("rule %s: id must start with vipps-", r.ID)
		case r.Name == "" || r.Short == "" || r.Full == "" || r.Help == "":
			return fmt.Errorf("rule %s: missing name, description or help", r.ID)
		case r.Short != strings.ToLower(r.Short[:1])+r.Short[1:] || strings.HasSuffix(r.Short, "."):
			return fmt.Errorf("rule %s: short description must be lowercase without a trailing period", r.ID)
		case len(r.Positives) == 0 || len(r.Negatives) < len(r.Positives):
			return fmt.Errorf("rule %s: needs positive samples and at least as many negative ones", r.ID)
		case len(r.CWE) == 0:
			return fmt.Errorf("rule %s: no CWE", r.ID)
		}
		seen[r.ID] = true
	}
	return nil
}

// rotateHelp is the remediation every leak rule shares.
const rotateHelp = `
## How to rotate a leaked key

1. Log in to [portal.vipps.no](https://portal.vipps.no) with BankID and open
   *Vipps På Nett* > *Utvikler* (or *For developers*).
2. Pick *Production* or *Test*, find the sales unit, click *Show keys*.
3. Click *Regenerate* for the leaked key. Regenerate **both** subscription keys
   (primary and secondary) if either leaked: they are interchangeable, so one
   left alive still opens the door. Rotate one at a time to avoid downtime.
4. Update every integration that uses the keys (servers, plugins, CI
   secrets), then remove the key from the code. Deleting it from the latest
   commit is not enough: it stays in every clone of the history.
5. Keep keys in a secret store or environment variables that only the
   server reads; never in the repository, a browser bundle or an app.

Suppress a false positive with a comment on the line (or the line above):
` + "`vippslint:ignore RULE-ID reason`" + `, or add the finding's fingerprint to
` + "`.vippslintignore`" + `.
`
