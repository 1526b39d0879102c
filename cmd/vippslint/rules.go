package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/vippslint/vippslint/rules"
)

func cmdRules(args []string, stdout, stderr io.Writer) int {
	if wantsHelp(args) {
		fmt.Fprintln(stdout, "usage: vippslint rules\n\nlists every rule: ID, level, security-severity and what it finds")
		return exitClean
	}
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: vippslint rules")
		return exitUsage
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLEVEL\tSEVERITY\tDESCRIPTION")
	for _, r := range append(rules.All(), rules.Directive()) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Level, r.SecuritySeverity, r.Short)
	}
	if err := tw.Flush(); err != nil {
		return exitUsage
	}
	return exitClean
}

func cmdExplain(args []string, stdout, stderr io.Writer) int {
	if wantsHelp(args) {
		fmt.Fprintln(stdout, "usage: vippslint explain RULE-ID\n\nprints a rule's full help: what it finds, why it matters and how to fix it (see vippslint rules)")
		return exitClean
	}
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: vippslint explain RULE-ID (see vippslint rules)")
		return exitUsage
	}
	r, ok := rules.ByID(args[0])
	if !ok {
		fmt.Fprintf(stderr, "vippslint explain: unknown rule %q (see vippslint rules)\n", args[0])
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s (%s, security-severity %s, %v)\n\n%s\n", r.ID, r.Level, r.SecuritySeverity, r.CWE, r.Help)
	return exitClean
}
