package scanner

import (
	"bytes"
	"fmt"
	"path"
	"strings"

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

// envMismatch compares what a line's name, its sections, the file's path
// or settings, or the names of the keys it configures say about the
// environment with the Vipps host the line points at. Lines the parsed
// checks cover are theirs.
func (f *fileScan) envMismatch() {
	if !bytes.Contains(f.lower, []byte("vipps.no")) {
		return
	}
	lp := strings.ToLower(f.path)
	if f.prose {
		f.proseEnvMismatch()
		return
	}
	// Tests assert on production URLs and mocks answer with them: neither
	// configures an environment. A configuration file that says "test"
	// (.env.test, application-test.yml) configures the test environment.
	conf := configFile(lp)
	if mockFile(f.path) || !conf && testFile(f.path) {
		return
	}
	// What the file's code or configuration (not its comments) says: the
	// names of the keys it configures (even as references, ${VIPPS_TEST_CLIENT_ID}),
	// a setting that names the environment, a key type, and which hosts
	// its values point at.
	var code bytes.Buffer
	var partnerNames, otherNames, testHosts, prodHosts int
	saysPartner := false
	settingEnv, settingLine := "", ""
	for _, c := range f.cands {
		if c.partner {
			partnerNames++
		} else if c.kind != rules.KindMSN {
			otherNames++
		}
	}
	for n := 0; n < f.li.count(); n++ {
		l, ll := f.li.line(n), f.lowerLine(n)
		if isComment(ll) || f.isCovered(n) {
			continue
		}
		code.Write(l)
		code.WriteByte('\n')
		ti, pi := hostAt(ll, rules.TestHost), hostAt(ll, rules.ProdHost)
		if ti >= 0 {
			testHosts++
		}
		if pi >= 0 {
			prodHosts++
		}
		i := bytes.IndexAny(l, "=:")
		if i <= 0 {
			continue
		}
		name := rules.Normalize(string(l[:i]))
		val := strings.Trim(strings.TrimSpace(string(l[i+1:])), "\"',")
		if k := rules.Classify(string(l[:i])); k != rules.KindNone && k != rules.KindMSN {
			// clientId: ${VIPPS_PARTNER_CLIENT_ID}: the reference names the key.
			if rules.NameIsPartner(name) || rules.NameIsPartner(rules.Normalize(val)) {
				partnerNames++
			} else {
				otherNames++
			}
		}
		switch {
		case (strings.HasSuffix(name, "type") || strings.HasSuffix(name, "kind")) && strings.EqualFold(val, "partner"):
			saysPartner = true // "keyType": "partner"
		case conf && settingEnv == "" && rules.PlainWord(val) && rules.IsEnvSetting(name):
			if e := rules.EnvOfWords(val); e != "" {
				settingEnv, settingLine = e, "`"+strings.TrimSpace(string(l))+"`"
			}
		}
	}
	keys := rules.KeyNamesOf(code.Bytes())
	partnerKeys := saysPartner || partnerNames > 0 && otherNames == 0 || keys.PartnerOnly
	// Only configuration says its environment with its path
	// (.env.production, config/test.yml); in code, test/ means tests.
	// Code says production with its file name (config_prod.py,
	// settings/production.py); its directories and a "test" in its name
	// are about tests.
	fileEnv, fileWhy := "", ""
	if conf {
		fileEnv, fileWhy = rules.EnvOfWords(f.path), "the file `"+path.Base(f.path)+"`"
	} else if rules.EnvOfWords(path.Base(f.path)) == rules.EnvProduction {
		fileEnv, fileWhy = rules.EnvProduction, "the file `"+path.Base(f.path)+"`"
	}
	if fileEnv == "" && settingEnv != "" {
		fileEnv, fileWhy = settingEnv, "the setting "+settingLine
	}
	for n := 0; n < f.li.count(); n++ {
		ll := f.lowerLine(n)
		if isComment(ll) || f.isCovered(n) {
			continue
		}
		ti, pi := hostAt(ll, rules.TestHost), hostAt(ll, rules.ProdHost)
		if (ti < 0) == (pi < 0) {
			continue // no host, or both (a switch between them)
		}
		l := f.li.line(n)
		key := string(l)
		if i := bytes.IndexAny(l, "=:"); i >= 0 {
			key = string(l[:i])
		}
		env, why := rules.EnvOfWords(key), "`"+strings.TrimSpace(key)+"`"
		if env == "" && conf {
			for _, s := range f.li.sections(n) {
				if env = rules.EnvOfWords(s); env != "" {
					why = "the section `" + s + "`"
					break
				}
			}
		}
		if env == "" {
			env, why = fileEnv, fileWhy
		}
		// The keys the file configures say their environment, when the
		// file points at one host only (a file with both switches).
		keyEnv := ""
		if rules.EnvOfWords(key) == "" && (testHosts == 0 || prodHosts == 0) {
			keyEnv = keys.Env
		}
		// Partner keys only work in production: with the test host they
		// are a mismatch even in a staging file, unless the line itself
		// names a test (merchant) setting.
		partnerWhy := ""
		switch {
		case rules.NameIsPartner(rules.Normalize(key)):
			partnerWhy = "`" + strings.TrimSpace(key) + "` names partner keys"
		case partnerKeys && rules.EnvOfWords(key) != rules.EnvTest:
			partnerWhy = "the file configures partner keys only"
			if keys.PartnerName != "" {
				partnerWhy += " (`" + keys.PartnerName + "`)"
			}
		}
		msg := rules.HostEvidence{Test: ti >= 0, Env: env, Why: why, KeyEnv: keyEnv, KeyName: keys.EnvName, Partner: partnerWhy}.Mismatch()
		if msg == "" {
			continue
		}
		at := max(ti, pi)
		end := at + len(rules.TestHost)
		if pi >= 0 {
			end = at + len(rules.ProdHost)
		}
		f.add(rules.IDEnvMismatch, f.location(n, at, min(end, len(l))), msg, "",
			report.LineFingerprint(rules.IDEnvMismatch, f.path, fmt.Sprint(string(l))))
	}
}

// proseEnvMismatch judges a host in documentation only by the keys written
// beside it (in the same section and within setGroupLines): a key the text
// labels production (or test) next to the other environment's host, or a
// client secret or subscription key in a section whose heading says
// production (or test) next to the other environment's host. Prose that
// merely names a host, or both, or whose own line names the host's
// environment (Test API: https://apitest.vipps.no), is no finding.
func (f *fileScan) proseEnvMismatch() {
	for n := 0; n < f.li.count(); n++ {
		ll := f.lowerLine(n)
		if f.isCovered(n) {
			continue
		}
		ti, pi := hostAt(ll, rules.TestHost), hostAt(ll, rules.ProdHost)
		if (ti < 0) == (pi < 0) {
			continue
		}
		hostEnv := rules.EnvProduction
		if ti >= 0 {
			hostEnv = rules.EnvTest
		}
		if e := rules.EnvOfWords(string(f.li.line(n))); e == hostEnv {
			continue
		}
		var label, keyed *cand
		agree := false
		for i := range f.cands {
			c := &f.cands[i]
			if c.kind == rules.KindMSN || abs(c.line-n) > setGroupLines || f.headingBetween(c.line, n) {
				continue
			}
			switch {
			case c.env == hostEnv:
				agree = true
			case c.env != "" && (label == nil || !label.kind.Secret() && c.kind.Secret()):
				label = c
			case c.env == "" && keyed == nil && (c.kind == rules.KindClientSecret || c.kind == rules.KindSubscriptionKey):
				keyed = c
			}
		}
		if agree {
			continue
		}
		var why, env string
		switch h := f.headingAbove(n); {
		case label != nil:
			why = fmt.Sprintf("the %s on line %d, `%s`, labelled %s,", label.kind, label.line+1, label.name, label.env)
			env = label.env
		case keyed != nil && h != "":
			why = fmt.Sprintf("the section `%s`, with the %s on line %d,", h, keyed.kind, keyed.line+1)
			env = rules.EnvOfWords(h)
		default:
			continue
		}
		msg := rules.HostEvidence{Test: ti >= 0, Env: env, Why: why}.Mismatch()
		if msg == "" {
			continue
		}
		at, end := max(ti, pi), max(ti, pi)+len(rules.TestHost)
		if pi >= 0 {
			end = at + len(rules.ProdHost)
		}
		l := f.li.line(n)
		f.add(rules.IDEnvMismatch, f.location(n, at, min(end, len(l))), msg, "",
			report.LineFingerprint(rules.IDEnvMismatch, f.path, string(l)))
	}
}

// headingAbove is the text of the Markdown heading of line n's section,
// without its #s, or "".
func (f *fileScan) headingAbove(n int) string {
	for i := n; i >= 0; i-- {
		if t := bytes.TrimSpace(f.li.line(i)); bytes.HasPrefix(t, []byte("#")) {
			return strings.TrimSpace(strings.TrimLeft(string(t), "#"))
		}
	}
	return ""
}

// headingBetween reports whether a Markdown heading stands between lines a
// and b (or on the later one): a new section.
func (f *fileScan) headingBetween(a, b int) bool {
	for i := min(a, b) + 1; i <= max(a, b); i++ {
		if bytes.HasPrefix(bytes.TrimSpace(f.li.line(i)), []byte("#")) {
			return true
		}
	}
	return false
}
