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
//     argument, enum member), the case label, match arm or condition it
//     stands under (isProd ? host : ...), or the function that returns it,
//     says production/live or test/dev/staging;
//   - an entry beside it in the same object or call sets the environment
//     in one word ({ environment: 'production', baseUrl: ... });
//   - a code file whose name says production (config_prod.py);
//   - the keys the file uses are named for one environment
//     (VIPPS_PROD_CLIENT_ID), and its literals point at one host only;
//   - partner keys (a name that says partner, or only partner keys in the
//     file) with the test host: partner keys work only in production.
//
// Sanitizers: a conditional whose condition names no environment, or
// whose other branch the literal is (isProd ? 'https://api.vipps.no' :
// 'https://apitest.vipps.no'), maps each environment to its host; a
// literal holding both hosts is a switch; a host that is tested (a
// condition, a comparison, url.includes(host)) or written in a message (a
// thrown error, text with spaces) configures nothing.

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
// assignments, declarations, keys and named arguments, enum members, case
// and match labels, conditions it stands under and the function returning
// it, the nearest one that names an environment (production: { baseUrl:
// ... }), else an environment setting beside it in the same object or call
// ({ environment: 'production', baseUrl: ... }), else the nearest name. ok
// is false where the literal is no setting: a branch of a conditional
// whose condition names no environment (it maps environments to hosts),
// a condition, a comparison or a match call (url.includes(host)), a thrown
// error or a message (text with spaces).
func (a *analysis) hostBinding(n *sitter.Node) (name string, ok bool) {
	if strings.ContainsAny(strings.TrimSpace(a.text(n)), " \t\n") {
		return "", false
	}
	child := n
	nearest, sibling := "", ""
	consider := func(x string) bool {
		if nearest == "" {
			nearest = x
		}
		return rules.EnvOfWords(x) != ""
	}
	for p, i := n.Parent(), 0; p != nil && i < 16; p, i = p.Parent(), i+1 {
		t := p.Type()
		switch {
		case a.syn.throws[t] || a.syn.compares[t] || a.syn.binaries[t] && isComparison(a.operator(p)):
			return "", false
		case a.syn.argLists[t]:
			if c := p.Parent(); c != nil && a.syn.calls[c.Type()] && rules.IsHostMatchCall(a.callee(c, p)) {
				return "", false
			}
			if sibling == "" {
				sibling = a.envSetting(p, child)
			}
		case a.syn.conditionals[t] || strings.HasPrefix(t, "if"):
			cond, cons := a.branches(p)
			switch {
			case cond != nil && cond.Equal(child):
				return "", false // the host is tested, not set
			case cons != nil && cons.Equal(child) && !negated(a.text(cond)) && consider(a.text(cond)):
				return a.text(cond), true
			case a.syn.conditionals[t]:
				return "", false // each environment mapped to its host
			case cons == nil || !cons.Equal(child):
				return nearest, true // an else branch: the condition says the other environment
			}
		case hasKey(a.syn.pairs, t):
			if k, v := a.pairKV(p); k != nil && v != nil && !k.Equal(v) && !k.Equal(child) && consider(a.keyText(k)) {
				return a.keyText(k), true
			}
			if sibling == "" && p.Parent() != nil {
				sibling = a.envSetting(p.Parent(), p)
			}
		case hasKey(a.syn.assigns, t):
			if l := a.left(p); l != nil && !l.Equal(child) && consider(compact(a.text(l))) {
				return compact(a.text(l)), true
			}
		case strings.HasPrefix(t, "enum_"):
			// enum_assignment, enum_constant, enum_entry, enum_case:
			// Production = "https://...", PROD("https://...").
			k := p.ChildByFieldName("name")
			if k == nil && p.NamedChildCount() > 0 {
				k = p.NamedChild(0)
			}
			if k != nil && !k.Equal(child) && consider(a.text(k)) {
				return a.text(k), true
			}
		case strings.Contains(t, "case") || strings.Contains(t, "when") || t == "switch_section" ||
			t == "switch_expression_arm" || t == "match_conditional_expression":
			if p.NamedChildCount() > 0 && !p.NamedChild(0).Equal(child) && consider(a.text(p.NamedChild(0))) {
				return a.text(p.NamedChild(0)), true
			}
		case a.syn.funcs[t]:
			// def production_base_url(): return ...; a "test" in a
			// function's name is about testing (def test_payment()).
			if f := a.funcName(p); rules.EnvOfWords(f) == rules.EnvProduction {
				return f, true
			}
			if sibling != "" {
				return sibling, true
			}
			return nearest, true
		}
		child = p
	}
	if sibling != "" {
		return sibling, true
	}
	return nearest, true
}

// branches returns the condition of an if or a conditional expression and
// the branch taken when it holds.
func (a *analysis) branches(p *sitter.Node) (cond, cons *sitter.Node) {
	cond = p.ChildByFieldName("condition")
	for _, f := range []string{"consequence", "body"} {
		if cons == nil {
			cons = p.ChildByFieldName(f)
		}
	}
	if cond != nil || p.NamedChildCount() < 2 {
		return cond, cons
	}
	if p.ChildCount() > 1 && p.Child(1).Type() == "if" {
		return p.NamedChild(1), p.NamedChild(0) // Python: a if cond else b
	}
	return p.NamedChild(0), p.NamedChild(1) // Kotlin: if (cond) a else b
}

// envSetting is the text of an entry of a container or argument list,
// other than skip, that sets the environment in one plain word
// (environment: 'production', env="test"), or "".
func (a *analysis) envSetting(list, skip *sitter.Node) string {
	for i := 0; i < int(list.NamedChildCount()) && i < 64; i++ {
		e := list.NamedChild(i)
		if e.Equal(skip) || !hasKey(a.syn.pairs, e.Type()) {
			continue
		}
		k, v := a.pairKV(e)
		if k == nil || v == nil || k.Equal(v) || !a.syn.strs[v.Type()] {
			continue
		}
		val := strings.Trim(a.text(v), "\"'`")
		if rules.IsEnvSetting(a.keyText(k)) && rules.PlainWord(val) && rules.EnvOfWords(val) != "" {
			return compact(a.text(e))
		}
	}
	return ""
}

// negated reports whether a condition is negated (!isProd, env !==
// 'production', not prod, testMode == false).
func negated(c string) bool {
	c = strings.ToLower(c)
	return strings.Contains(c, "!") || strings.Contains(c, "not ") || strings.Contains(c, "false")
}

// isComparison reports whether a binary operator compares its operands.
func isComparison(op string) bool {
	switch strings.ToLower(op) {
	case "==", "===", "!=", "!==", "<>", "eq", "ne", "in", "not in", "=~", "!~", "<=>":
		return true
	}
	return false
}
