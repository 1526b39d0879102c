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

// lowerFirst makes an error message start lowercase.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
