#!/usr/bin/env bash
# Integration checks with the real tools, not mocks of them:
#   1. actionlint on .github/workflows/*.yml, which also checks action.yml
#      (the workflow runs the action with `uses: ./`);
#   2. pre-commit try-repo on .pre-commit-hooks.yaml: the vippslint hook
#      fails on a staged Vipps key set and names the file, passes on a clean
#      staged change and on a leak that is only in the working tree; the
#      vippslint-go hook works with go.mod in a subfolder, analyzes only the
#      staged files' packages, and fails on a staged key;
#   3. the README's go vet command fails loudly when vippslint-vet is not
#      installed, and reports the fixture module's findings when it is.
#
# Usage: bash .ci/integrations.sh   (from anywhere; needs go, git, network
# to the Go module proxy; installs pre-commit with apt-get when missing)
#
# pre-commit try-repo uses the checkout's HEAD; a dirty checkout is tried
# through a temporary commit of the working tree, so uncommitted hook
# changes are tested too.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/vippslint-integrations.XXXXXX")
trap 'rm -rf "$work"' EXIT
start=$SECONDS

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'integrations: FAIL: %s\n' "$*" >&2; exit 1; }

# The module cache is shared with the hook environments that pre-commit
# builds (it sets GOPATH to the environment; GOMODCACHE wins over it).
GOMODCACHE=$(go env GOMODCACHE)
export GOMODCACHE
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

# ---------------------------------------------------------------- actionlint
actionlint_version=v1.7.12
step "actionlint $actionlint_version"
GOBIN="$work/bin" go install "github.com/rhysd/actionlint/cmd/actionlint@$actionlint_version"
(cd "$root" && "$work/bin/actionlint" -no-color .github/workflows/*.yml) || fail "actionlint found problems"
echo "actionlint: .github/workflows/*.yml and action.yml are clean"

# ---------------------------------------------------------------- pre-commit
step "pre-commit"
if ! command -v pre-commit >/dev/null 2>&1; then
	sudo=""
	if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq pre-commit >/dev/null
fi
pre-commit --version
export PRE_COMMIT_HOME="$work/pre-commit-home"

scratch="$work/scratch"
git init -q -b main "$scratch" 2>/dev/null || { git init -q "$scratch" && git -C "$scratch" checkout -q -b main; }
cd "$scratch"
git config user.email ci@example.com
git config user.name "vippslint ci"
git config commit.gpgsign false
printf '# shop\n\nPays with Vipps MobilePay.\n' > README.md
git add README.md
git commit -q -m initial

# try HOOK: runs the hook from the checkout on what is staged here, prints
# its output, and leaves the exit code in $rc.
try() {
	set +e
	pre-commit try-repo "$root" "$1" --verbose > "$work/out.txt" 2>&1
	rc=$?
	set -e
	sed 's/^/    /' "$work/out.txt"
}

# Fake keys in the format of real ones; never valid anywhere.
leak='VIPPS_CLIENT_ID=ba4e7647-05c5-4edd-b624-04ab8616469c
VIPPS_CLIENT_SECRET=WAWaB27SsyM5HC1PY0Pmdg==
VIPPS_SUBSCRIPTION_KEY=b2c7234d9ac3ea2ab8b1097408aef82e'

echo "-- a staged Vipps key set must fail the hook and name the file"
printf '%s\n' "$leak" > .env
git add .env
try vippslint
[ "$rc" != 0 ] || fail "the vippslint hook passed with a staged key set in .env"
grep -q '\.env:' "$work/out.txt" || fail "the vippslint hook output does not name .env"
if grep -q 'WAWaB27SsyM5HC1PY0Pmdg==\|b2c7234d9ac3ea2ab8b1097408aef82e' "$work/out.txt"; then
	fail "the vippslint hook printed a secret"
fi
echo "ok: hook failed (exit $rc) and named .env"

echo "-- a clean staged change must pass"
git rm -q --cached .env
rm .env
printf '\nSee docs/payments.md.\n' >> README.md
git add README.md
try vippslint
[ "$rc" = 0 ] || fail "the vippslint hook failed on a clean staged change (exit $rc)"
echo "ok: hook passed"

echo "-- a leak only in the working tree (untracked .env, which pre-commit does not stash) must pass"
git commit -q -m "docs: payments"
printf '%s\n' "$leak" > .env
printf '\nPayments: docs/payments.md\n' >> README.md
git add README.md
try vippslint
[ "$rc" = 0 ] || fail "the vippslint hook failed on a leak that is not staged (exit $rc)"
echo "ok: hook passed"
rm .env
git commit -q -m "docs: more payments"

echo "-- vippslint-go: go.mod in a subfolder, only the staged files' packages"
mkdir -p svc/clean svc/pay svc/wip
cat > svc/go.mod <<'EOF'
module example.com/shop

go 1.22
EOF
cat > svc/clean/clean.go <<'EOF'
package clean

import "fmt"

// Hello greets.
func Hello() { fmt.Println("shop") }
EOF
git add svc/go.mod svc/clean/clean.go
# An untracked package that does not compile: not staged, so not analyzed
# (the hook used to run analyze ./... on the whole module).
printf 'package wip\n\nfunc F() int { return notYet }\n' > svc/wip/wip.go
try vippslint-go
[ "$rc" = 0 ] || fail "the vippslint-go hook failed on a clean Go change in a subfolder module (exit $rc)"
echo "ok: vippslint-go passed on clean code in svc/ (go.mod in the subfolder)"
git commit -q -m "shop: clean"
cat > svc/pay/vipps.go <<'EOF'
package pay

import "net/http"

func token() (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.vipps.no/accesstoken/get", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Ocp-Apim-Subscription-Key", "b2c7234d9ac3ea2ab8b1097408aef82e")
	return http.DefaultClient.Do(req)
}
EOF
git add svc/pay/vipps.go
try vippslint-go
[ "$rc" != 0 ] || fail "the vippslint-go hook passed with a subscription key in svc/pay/vipps.go"
grep -q 'svc/pay/vipps\.go:10:' "$work/out.txt" || fail "the vippslint-go hook output does not name svc/pay/vipps.go:10"
if grep -q 'b2c7234d9ac3ea2ab8b1097408aef82e' "$work/out.txt"; then fail "the vippslint-go hook printed a secret"; fi
if grep -q 'wip' "$work/out.txt"; then fail "the vippslint-go hook analyzed the unstaged package svc/wip"; fi
echo "ok: vippslint-go failed (exit $rc) and named svc/pay/vipps.go:10"
git rm -q --cached svc/pay/vipps.go
rm -rf svc/pay svc/wip

# ------------------------------------------------------ the README's go vet
step "the README's go vet command: fails loudly without vippslint-vet, reports with it"
# The README's vet block (the fenced block after <!-- ci: vet -->).
snippet=$(awk '/<!-- ci: vet -->/ { f = 1; next } f && /^```/ { if (g) exit; g = 1; next } g' "$root/README.md")
printf '%s\n' "$snippet" | grep -q -- '-vettool=' || fail "no go vet -vettool block marked <!-- ci: vet --> in README.md"
vetmod="$work/vetmodule"
cp -r "$root/testdata/vetmodule" "$vetmod"
gobin=$(dirname "$(command -v go)")
# readme_vet PATH: runs the block in the fixture module with that PATH; the
# output is in $work/vet.txt, the exit code in $rc.
readme_vet() {
	set +e
	(cd "$vetmod" && env PATH="$1" bash -c "$snippet") > "$work/vet.txt" 2>&1
	rc=$?
	set -e
	sed 's/^/    /' "$work/vet.txt"
}
readme_vet "$gobin:/usr/bin:/bin"
[ "$rc" != 0 ] || fail "the README's vet command passed without vippslint-vet installed"
grep -q 'vippslint-vet' "$work/vet.txt" || fail "the README's vet command does not say that vippslint-vet is missing"
echo "ok: without vippslint-vet it fails (exit $rc) and says so"
(cd "$root" && GOBIN="$work/vetbin" go install ./cmd/vippslint-vet)
readme_vet "$work/vetbin:$gobin:/usr/bin:/bin"
[ "$rc" != 0 ] || fail "the README's vet command passed on the fixture module's findings"
grep -q 'vipps/client.go:13:.*subscription key' "$work/vet.txt" || fail "the README's vet command did not report the fixture's subscription key"
echo "ok: with vippslint-vet it reports the fixture module (exit $rc)"

printf '\nintegrations: all checks passed in %ds\n' "$((SECONDS - start))"
