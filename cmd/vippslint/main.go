// Command vippslint finds leaked and misused Vipps MobilePay API keys.
//
//	vippslint scan [PATH...]             files and directories (default .)
//	vippslint git [--range A..B] [REPO]  every blob of the history, or a range
//	vippslint staged                     what is staged in the git index
//	vippslint analyze [PACKAGES]         typed checks of Go code
//	vippslint action                     a GitHub Actions step
//	vippslint rules | explain RULE-ID    the rule catalogue
//
// Exit codes: 0 clean, 1 findings, 2 usage or runtime error.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/vippslint/vippslint/scanner/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() map[string]command {
	return map[string]command{
		"scan":    {"scan files and directories (default .)", cmdScan},
		"git":     {"scan git history: every blob once, or the commits of --range BASE..HEAD", cmdGit},
		"staged":  {"scan what is staged in the git index (for pre-commit hooks)", cmdStaged},
		"analyze": {"run the typed go/analysis checks on Go packages", cmdAnalyze},
		"action":  {"run as a GitHub Actions step (reads GITHUB_EVENT_PATH)", cmdAction},
		"rules":   {"list the rule catalogue", cmdRules},
		"explain": {"print a rule's help", cmdExplain},
		"version": {"print the version", cmdVersion},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: vippslint <command> [flags] [args]")
	fmt.Fprintln(w, "\nvippslint finds leaked and misused Vipps MobilePay API keys.\n\ncommands:")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nrun 'vippslint <command> -h' for a command's flags. exit codes: 0 clean, 1 findings, 2 usage or runtime error.")
}

func run(args []string, stdout, stderr io.Writer) int {
	// Errors and notices quote values (a path, a config value, a rule ID
	// from a comment), and a value can be a pasted key: nothing reaches
	// stderr unredacted.
	stderr = redactingWriter{stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		usage(stdout)
		return exitClean
	case "-version", "--version":
		return cmdVersion(nil, stdout, stderr)
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "vippslint: unknown command %q\n\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return cmd.run(args[1:], stdout, stderr)
}

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

func cmdVersion(_ []string, stdout, _ io.Writer) int {
	fmt.Fprintln(stdout, "vippslint", version())
	return exitClean
}

// lowerFirst makes an error message start lowercase, unless its first
// word is an acronym or code (HEAD, GITHUB_EVENT_PATH) whose case matters.
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' || strings.ToLower(word[1:]) != word[1:] || strings.ContainsAny(word, "_.()`\"'") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// redactingWriter redacts key-shaped values in everything written to it
// (report.RedactKeys). Each write is redacted on its own: callers write
// whole messages.
type redactingWriter struct{ w io.Writer }

func (r redactingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(r.w, report.RedactKeys(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
