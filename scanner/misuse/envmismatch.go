//go:build cgo

package misuse

import (
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"

	"github.com/vippslint/vippslint/rules"
)

// vipps-env-mismatch.
//
// Sink: a string literal that holds one Vipps host, apitest.vipps.no
// (test) or api.vipps.no (production), in code that runs: comments are
// not parsed as code, and test code (asserts, mocks) is left out.
//
// Evidence that the value belongs to the other environment, in order:
//   - the name it is bound to (a variable, constant, property, key, named
//     argument), the case label or if-condition it stands under, or the
//     function that returns it, says production/live or test/dev/staging;
//   - a code file whose name says production (config_prod.py);
//   - the keys the file uses are named for one environment
//     (VIPPS_PROD_CLIENT_ID), and its literals point at one host only;
//   - partner keys (a name that says partner, or only partner keys in the
//     file) with the test host: partner keys work only in production.
//
// Sanitizer: a literal that is a branch of a conditional (isProd ?
// 'https://api.vipps.no' : 'https://apitest.vipps.no') maps each
// environment to its host, and a literal holding both hosts is a switch.

// hostsIn returns where the test and the production host stand in a
// literal's lowercased text, or -1.
func hostsIn(lt string) (test, prod int) {
	test, prod = -1, -1
	for off := 0; off < len(lt); {
		i := strings.Index(lt[off:], "vipps.no")
		if i < 0 {
			break
		}
		i += off
		off = i + len("vipps.no")
		switch {
		case strings.HasSuffix(lt[:i], "apitest.") && hostStart(lt, i-len("apitest.")):
			test = i - len("apitest.")
		case strings.HasSuffix(lt[:i], "api.") && hostStart(lt, i-len("api.")):
			prod = i - len("api.")
		}
	}
	return test, prod
}

// hostStart reports whether a host starting at i is the whole host name,
// not the end of a longer one (x.api.vipps.no).
func hostStart(lt string, i int) bool {
	if i == 0 {
		return true
	}
	c := lt[i-1]
	return !(c == '.' || c == '-' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9')
}

// countHosts notes, in the first pass, which hosts the file's literals
// point at: keys named for one environment say something only in a file
// that points at one host.
func (a *analysis) countHosts(n *sitter.Node) {
	if a.pass != passCollect {
		return
	}
	if p := n.Parent(); p != nil && a.syn.strs[p.Type()] {
		return
	}
	t, p := hostsIn(strings.ToLower(a.text(n)))
	a.testHosts = a.testHosts || t >= 0
	a.prodHosts = a.prodHosts || p >= 0
}

func (a *analysis) envHost(n *sitter.Node) {
	if a.pass != passReport || a.in.Test {
		return
	}
	if p := n.Parent(); p != nil && a.syn.strs[p.Type()] {
		return // the outer string is checked
	}
	ti, pi := hostsIn(strings.ToLower(a.text(n)))
	if (ti < 0) == (pi < 0) {
		return // no host, or both: a switch
	}
	name, ok := a.hostBinding(n)
	if !ok {
		return
	}
	if a.keys == nil {
		k := rules.KeyNamesOf(a.in.Content)
		a.keys = &k
	}
	env, why := rules.EnvOfWords(name), "`"+name+"`"
	if env == "" && rules.EnvOfWords(path.Base(a.in.Path)) == rules.EnvProduction {
		env, why = rules.EnvProduction, "the file `"+path.Base(a.in.Path)+"`"
	}
	keyEnv := ""
	if rules.EnvOfWords(name) == "" && a.testHosts != a.prodHosts {
		keyEnv = a.keys.Env
	}
	partnerWhy := ""
	switch {
	case rules.NameIsPartner(rules.Normalize(name)):
		partnerWhy = "`" + name + "` names partner keys"
	case a.keys.PartnerOnly && rules.EnvOfWords(name) != rules.EnvTest:
		partnerWhy = "the keys this file uses are partner keys (`" + a.keys.PartnerName + "`)"
	}
	msg := rules.HostEvidence{Test: ti >= 0, Env: env, Why: why, KeyEnv: keyEnv, KeyName: a.keys.EnvName, Partner: partnerWhy}.Mismatch()
	if msg == "" {
		return
	}
	at, size := ti, len(rules.TestHost)
	if pi >= 0 {
		at, size = pi, len(rules.ProdHost)
	}
	a.reportAt(rules.IDEnvMismatch, n, at, size, msg)
}

// hostBinding is the name a host literal is bound to: of the enclosing
// assignments, declarations, keys and named arguments, case labels and
// if-conditions it stands under and the function returning it, the
// nearest one that names an environment (production: { baseUrl: ... }),
// else the nearest one. ok is false for a branch of a conditional
// expression, which maps environments to hosts.
func (a *analysis) hostBinding(n *sitter.Node) (name string, ok bool) {
	child := n
	nearest := ""
	consider := func(x string) bool {
		if nearest == "" {
			nearest = x
		}
		return rules.EnvOfWords(x) != ""
	}
	for p, i := n.Parent(), 0; p != nil && i < 16; p, i = p.Parent(), i+1 {
		t := p.Type()
		switch {
		case a.syn.conditionals[t]:
			return "", false
		case hasKey(a.syn.pairs, t):
			if k, v := a.pairKV(p); k != nil && v != nil && !k.Equal(v) && !k.Equal(child) && consider(a.keyText(k)) {
				return a.keyText(k), true
			}
		case hasKey(a.syn.assigns, t):
			if l := a.left(p); l != nil && !l.Equal(child) && consider(compact(a.text(l))) {
				return compact(a.text(l)), true
			}
		case strings.Contains(t, "case") || strings.Contains(t, "when") || t == "switch_section":
			if p.NamedChildCount() > 0 && !p.NamedChild(0).Equal(child) && consider(a.text(p.NamedChild(0))) {
				return a.text(p.NamedChild(0)), true
			}
		case strings.HasPrefix(t, "if"):
			cond, cons := p.ChildByFieldName("condition"), p.ChildByFieldName("consequence")
			if cond == nil || cons == nil || !cons.Equal(child) {
				return nearest, true // an else branch: the condition says the other environment
			}
			if c := a.text(cond); !strings.Contains(c, "!") && !strings.Contains(c, "not ") && consider(c) {
				return c, true
			}
		case a.syn.funcs[t]:
			// def production_base_url(): return ...; a "test" in a
			// function's name is about testing (def test_payment()).
			if f := a.funcName(p); rules.EnvOfWords(f) == rules.EnvProduction {
				return f, true
			}
			return nearest, true
		}
		child = p
	}
	return nearest, true
}
