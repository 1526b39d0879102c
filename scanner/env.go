package scanner

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// hostAt returns where host is written as a value or URL in ll (after
// "//", "=", a quote or ": "), or -1: prose that names the host is not
// configuration.
func hostAt(ll []byte, host string) int {
	for off := 0; ; {
		i := bytes.Index(ll[off:], []byte(host))
		if i < 0 {
			return -1
		}
		i += off
		off = i + 1
		if i > 0 && ll[i-1] == '.' || i > 2 && string(ll[i-3:i]) == "api" {
			continue // a longer host name (apitest.vipps.no holds test.vipps.no)
		}
		before := bytes.TrimRight(ll[:i], " ")
		if len(before) == 0 {
			return i
		}
		switch before[len(before)-1] {
		case '/', '=', '"', '\'', '`', ':', '>':
			return i
		}
	}
}

// configFile reports whether a path is configuration, whose indentation and
// [sections] say which environment a value belongs to; in code the same
// shapes are control flow.
func configFile(lp string) bool {
	for _, ext := range []string{".yml", ".yaml", ".json", ".toml", ".ini", ".cfg", ".conf", ".properties", ".xml", ".tf", ".tfvars", ".hcl", ".env", ".config"} {
		if strings.HasSuffix(lp, ext) {
			return true
		}
	}
	return strings.Contains(path.Base(lp), ".env")
}

var (
	prodWords = map[string]bool{"prod": true, "production": true, "live": true, "prd": true}
	testWords = map[string]bool{"test": true, "testing": true, "dev": true, "development": true, "staging": true,
		"stage": true, "stg": true, "sandbox": true, "uat": true, "qa": true, "mt": true}
)

// envOfWords says "production" or "test" when the words of s (split at
// punctuation and camel case) say so, and "" otherwise or when both occur.
func envOfWords(s string) string {
	var prod, test bool
	for _, w := range splitWords(s) {
		prod = prod || prodWords[w]
		test = test || testWords[w]
	}
	switch {
	case prod && !test:
		return "production"
	case test && !prod:
		return "test"
	}
	return ""
}

func splitWords(s string) []string {
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

// envMismatch compares what a line's name, its sections or the file's path
// say about the environment with the Vipps host the line points at.
func (f *fileScan) envMismatch() {
	if !bytes.Contains(f.lower, []byte("vipps.no")) {
		return
	}
	lp := strings.ToLower(f.path)
	if strings.HasSuffix(lp, ".md") || strings.HasSuffix(lp, ".rst") || strings.HasSuffix(lp, ".txt") || strings.HasSuffix(lp, ".adoc") {
		return
	}
	// Tests assert on production URLs and mocks answer with them: neither
	// configures an environment.
	if testFile(f.path) || mockFile(f.path) {
		return
	}
	// The file configures partner keys when a key it binds, or a key name
	// it sets (even to a secret-store reference), says partner.
	// Only a file that configures partner keys and no others says the host
	// is for partner keys; next to merchant keys it may be for those.
	var partnerNames, otherNames int
	for _, c := range f.cands {
		if c.partner {
			partnerNames++
		} else if c.kind != rules.KindMSN {
			otherNames++
		}
	}
	for n := 0; n < f.li.count(); n++ {
		l := f.li.line(n)
		if i := bytes.IndexAny(l, "=:"); i > 0 && !isComment(f.lowerLine(n)) {
			if k := rules.Classify(string(l[:i])); k != rules.KindNone && k != rules.KindMSN {
				if rules.NameIsPartner(rules.Normalize(string(l[:i]))) {
					partnerNames++
				} else {
					otherNames++
				}
			}
		}
	}
	partnerKeys := partnerNames > 0 && otherNames == 0
	// Only configuration says its environment with its path
	// (.env.production, config/test.yml); in code, test/ means tests.
	// Code says production with its file name (config_prod.py,
	// settings/production.py); its directories and a "test" in its name
	// are about tests.
	fileEnv := ""
	if configFile(lp) {
		fileEnv = envOfWords(f.path)
	} else if envOfWords(path.Base(f.path)) == "production" {
		fileEnv = "production"
	}
	for n := 0; n < f.li.count(); n++ {
		ll := f.lowerLine(n)
		ti := hostAt(ll, "apitest.vipps.no")
		pi := hostAt(ll, "api.vipps.no")
		if (ti < 0) == (pi < 0) {
			continue // no host, or both (a switch between them)
		}
		l := f.li.line(n)
		key := string(l)
		if i := bytes.IndexAny(l, "=:"); i >= 0 {
			key = string(l[:i])
		}
		env := envOfWords(key)
		if env == "" && configFile(lp) {
			for _, s := range f.li.sections(n) {
				if env = envOfWords(s); env != "" {
					break
				}
			}
		}
		if env == "" {
			env = fileEnv
		}
		// Partner keys only work in production: with the test host they
		// are a mismatch even in a staging file, unless the line itself
		// names a test (merchant) setting.
		partner := rules.NameIsPartner(rules.Normalize(key)) || partnerKeys && envOfWords(key) != "test"
		var msg string
		at := max(ti, pi)
		switch {
		case ti >= 0 && env == "production":
			msg = "production settings point at the test api apitest.vipps.no"
		case pi >= 0 && env == "test":
			msg = "test settings point at the production api api.vipps.no"
		case ti >= 0 && partner:
			msg = "partner keys aimed at the test api apitest.vipps.no; partner keys only work in production"
		default:
			continue
		}
		end := at + len("apitest.vipps.no")
		if pi >= 0 {
			end = at + len("api.vipps.no")
		}
		f.add(rules.IDEnvMismatch, f.location(n, at, min(end, len(l))), msg, "",
			report.LineFingerprint(rules.IDEnvMismatch, f.path, fmt.Sprint(string(l))))
	}
}
