package scanner

import (
	"fmt"
	"testing"

	"github.com/vippslint/vippslint/rules"
)

// The keys are random fakes generated for this test.
const rotationNotes = `# Vipps key rotation, March

### 1. VIPPS_CLIENT_ID
**New value:** ` + "`53015122-68ef-44c3-9272-6c79fffcb473`" + ` (production)

### 2. VIPPS_CLIENT_SECRET
Regenerated in the portal.

**New value:** ` + "`igar3MRWuF4oMSGmuavGDw==`" + ` (production)

### 3. VIPPS_SUBSCRIPTION_KEY
**New value:** ` + "`d3d792c36032021f5656ffa4b65e4232`" + ` (production)

### 4. Test keys
- Client ID
  ` + "`3909bad6-5b6e-4cc8-b92f-bf0d9afb2e33`" + `
- **Client secret** (test): ` + "`4a5RwpBKJcgBBPPjej1s+g==`" + `
- Subscription key
  ` + "`c236ed6bde5fc8c5e6f25493cceacac9`" + ` for the test environment
`

// TestProseLabels binds values in Markdown to the variable a heading, list
// item or bold label above them names, and records the environment a
// label beside the value says.
func TestProseLabels(t *testing.T) {
	want := map[string]string{
		"9:" + rules.IDClientSecret:     "production",
		"9:" + rules.IDCredentialSet:    "",
		"12:" + rules.IDSubscriptionKey: "production",
		"4:" + rules.IDClientID:         "production",
		"17:" + rules.IDClientSecret:    "test",
		"17:" + rules.IDCredentialSet:   "",
		"19:" + rules.IDSubscriptionKey: "test",
		"16:" + rules.IDClientID:        "",
	}
	got := map[string]bool{}
	for _, f := range New(Options{}).Scan("docs/rotation.md", []byte(rotationNotes)) {
		k := fmt.Sprintf("%d:%s", f.Location.Line, f.RuleID)
		got[k] = true
		env, ok := want[k]
		switch {
		case !ok:
			t.Errorf("unexpected %s: %s", k, f.Message)
		case env != "" && f.Properties["environment"] != env:
			t.Errorf("%s: properties.environment = %v, want %s", k, f.Properties["environment"], env)
		case f.RuleID == rules.IDCredentialSet && f.Set.Env != map[int]string{9: "production", 17: "test"}[f.Location.Line]:
			t.Errorf("%s: set for %q", k, f.Set.Env)
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing %s", k)
		}
	}
}

// TestProseLabelsTwins: the same values where the label names no
// credential, stands in another section, or is too far above.
func TestProseLabelsTwins(t *testing.T) {
	for _, doc := range []string{
		"# Vipps orders\n\n### 2. ORDER_REFERENCE\n**New value:** `igar3MRWuF4oMSGmuavGDw==`\n",
		"# Vipps\n\n### VIPPS_CLIENT_SECRET\nSee the portal.\n\n### Order log\n`igar3MRWuF4oMSGmuavGDw==`\n",
		"# Vipps\n\n- VIPPS_CLIENT_SECRET is in the vault.\n\n\n\n\n\n\nChecksum: `igar3MRWuF4oMSGmuavGDw==`\n",
		"# Vipps\n\n### VIPPS_CLIENT_SECRET\n**New value:** `d3d792c36032021f5656ffa4b65e4232`\n",
		"# Vipps webhooks\n\n- **Each webhook has a unique secret** (base64)\n  - `6f1d2c9a-0b7e-4f3a-9d15-c2e8a4b7f061`\n",
	} {
		if fs := New(Options{}).Scan("docs/notes.md", []byte(doc)); len(fs) != 0 {
			t.Errorf("%q: reported %v", doc, fs)
		}
	}
}

// TestProseEnvMismatch: in documentation, a host is judged only by the
// keys labelled beside it, or by the key set of a section whose heading
// names the environment; the label or the heading is the evidence.
// The keys are random fakes generated for this test.
func TestProseEnvMismatch(t *testing.T) {
	keys := "- VIPPS_CLIENT_ID: `0b6b2a3e-41d2-4a7e-9f51-2c8d0e6f7a19` (%[1]s)\n" +
		"- VIPPS_CLIENT_SECRET: `LIgpWF0Qkjzl0VL2w6S+4HrsbBHaK4fdm5c5iw6MO/I=` (%[1]s)\n" +
		"- VIPPS_SUBSCRIPTION_KEY: `5f0c2b9e8d7a41c3b6e2f1a0d9c8b7e6` (%[1]s)\n" +
		"- VIPPS_BASE_URL: %[2]s\n"
	unlabelled := "- VIPPS_CLIENT_ID: `0b6b2a3e-41d2-4a7e-9f51-2c8d0e6f7a19`\n" +
		"- VIPPS_CLIENT_SECRET: `LIgpWF0Qkjzl0VL2w6S+4HrsbBHaK4fdm5c5iw6MO/I=`\n" +
		"- VIPPS_SUBSCRIPTION_KEY: `5f0c2b9e8d7a41c3b6e2f1a0d9c8b7e6`\n" +
		"- VIPPS_BASE_URL: %s\n"
	for _, c := range []struct {
		doc  string
		want int // line of the finding, 0 for none
	}{
		{"# Keys\n\n" + fmt.Sprintf(keys, "production", "https://apitest.vipps.no"), 6},
		{"# Keys\n\n" + fmt.Sprintf(keys, "production", "https://api.vipps.no"), 0},
		{"# Keys\n\n" + fmt.Sprintf(keys, "test", "https://api.vipps.no"), 6},
		{"# Keys\n\n" + fmt.Sprintf(keys, "test", "https://apitest.vipps.no"), 0},
		// Another section, or prose that only names both hosts.
		{"# Keys\n\n" + fmt.Sprintf(keys, "production", "https://api.vipps.no") + "\n## Test\nBase URL: https://apitest.vipps.no\n", 0},
		{"Use https://apitest.vipps.no for test keys and https://api.vipps.no for production.\n", 0},
		// A section whose heading names the environment labels the key set
		// in it; a line that names the host's own environment, a section
		// without keys, or keys of another section say nothing.
		{"# Vipps\n\n## Production\n\n" + fmt.Sprintf(unlabelled, "https://apitest.vipps.no"), 8},
		{"# Vipps\n\n## Production\n\n" + fmt.Sprintf(unlabelled, "https://api.vipps.no"), 0},
		{"# Vipps\n\n## Staging\n\n" + fmt.Sprintf(unlabelled, "https://api.vipps.no"), 8},
		{"# Vipps\n\n## Staging\n\n" + fmt.Sprintf(unlabelled, "https://apitest.vipps.no"), 0},
		{"# Vipps\n\n## Production\n\n" + fmt.Sprintf(unlabelled, "https://api.vipps.no") + "- Test API: https://apitest.vipps.no\n", 0},
		{"# Vipps\n\n## Production\n\nThe base URL is https://apitest.vipps.no until you go live.\n", 0},
		{"# Vipps\n\n## Production\n\n" + fmt.Sprintf(unlabelled, "https://api.vipps.no") + "\n## Test\n\nBase URL: https://apitest.vipps.no\n", 0},
		// The label beside a key wins over its section's heading.
		{"# Vipps\n\n## Production\n\n" + fmt.Sprintf(keys, "test", "https://apitest.vipps.no"), 0},
	} {
		var got []int
		for _, fd := range New(Options{}).Scan("docs/keys.md", []byte(c.doc)) {
			if fd.RuleID == rules.IDEnvMismatch {
				got = append(got, fd.Location.Line)
			}
		}
		if c.want == 0 && len(got) > 0 || c.want > 0 && (len(got) != 1 || got[0] != c.want) {
			t.Errorf("env-mismatch on lines %v, want %d:\n%s", got, c.want, c.doc)
		}
	}
}
