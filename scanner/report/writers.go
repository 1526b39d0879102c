package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vippslint/vippslint/rules"
)

// Formats are the output formats every command writes.
var formats = []string{"text", "json", "sarif", "github"}

// Formats lists the output format names.
func Formats() []string { return append([]string(nil), formats...) }

// Notice is something the run wants the reader to know: a skipped file, a
// shallow clone, an unreadable object.
type Notice struct {
	// Repository is as in Finding.
	Repository string `json:"repository,omitempty"`
	// Level is "error" (the input could not be scanned), "warning" or
	// "note" (a file skipped on purpose, such as a binary file; said on
	// stderr only with --verbose, always listed in reports).
	Level   string `json:"level"`
	Path    string `json:"path,omitempty"`
	Message string `json:"message"`
}

// LevelNote is the level of a notice about a file skipped on purpose.
const LevelNote = "note"

// Run is one invocation's report.
type Run struct {
	Version string
	// Root is the absolute directory that relative paths start from: the git
	// top-level, or the scanned root outside git.
	Root string
	// RepoURI and Revision describe the repository, when known.
	RepoURI  string
	Revision string
	// Category distinguishes several SARIF uploads of one commit.
	Category string
	Findings []Finding
	Notices  []Notice
	// Scope says what was scanned ("12 files", "range a..b, 3 commits").
	Scope map[string]any
	// Color asks the text writer for ANSI colours.
	Color bool
	// Parts, when set, are the repositories of a multi-repository scan:
	// SARIF writes one run per part (with the part's root and scope, and
	// the findings and notices of its repository); the other formats write
	// every finding with its repository.
	Parts []Part
	// NoRedact prints key-shaped values in messages and snippets in full
	// (--no-redact). Notices are redacted regardless.
	NoRedact bool
}

// Part is one repository of a multi-repository report.
type Part struct {
	Repository string
	Root       string
	Scope      map[string]any
}

// displayPath is a location's path for text output: prefixed with its
// repository in a multi-repository report.
func displayPath(repo, p string) string {
	switch {
	case repo == "":
		return p
	case p == "":
		return repo
	}
	return strings.TrimSuffix(repo, "/") + "/" + p
}

// Write writes r in the named format.
func Write(w io.Writer, format string, r *Run) error {
	r = r.redacted()
	switch format {
	case "text":
		return writeText(w, r)
	case "json":
		return writeJSON(w, r)
	case "sarif":
		return writeSARIF(w, r)
	case "github":
		return writeGitHub(w, r)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(formats, ", "))
}

func levelColor(level string) string {
	switch level {
	case "error":
		return "\x1b[1;31m"
	case "warning":
		return "\x1b[1;33m"
	}
	return "\x1b[1;36m"
}

// EscapeControl writes the control characters of s (ESC, newline, DEL,
// C1) as Go escapes (\x1b, \n), so a file name cannot move the cursor,
// recolour the terminal or forge a line of the report. Other text, UTF-8
// included, is kept.
func EscapeControl(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func writeText(w io.Writer, r *Run) error {
	for _, f := range r.Findings {
		loc := fmt.Sprintf("%s:%d:%d:", EscapeControl(displayPath(f.Repository, f.Location.Path)), f.Location.Line, f.Location.Col)
		rule := "[" + f.RuleID + "]"
		live := ""
		if f.Verification == "valid" {
			live = " LIVE KEY: rotate it on portal.vipps.no now"
		}
		if r.Color {
			loc = "\x1b[1m" + loc + "\x1b[0m"
			rule = levelColor(f.Level) + rule + "\x1b[0m"
			if live != "" {
				live = " \x1b[1;41;97m" + strings.TrimSpace(live) + "\x1b[0m"
			}
		}
		if _, err := fmt.Fprintf(w, "%s %s%s %s\n", loc, EscapeControl(f.Message), live, rule); err != nil {
			return err
		}
		for _, rel := range f.Related {
			if _, err := fmt.Fprintf(w, "\t%s:%d:%d: %s\n", EscapeControl(displayPath(f.Repository, rel.Location.Path)), rel.Location.Line, rel.Location.Col, EscapeControl(rel.Message)); err != nil {
				return err
			}
		}
	}
	return nil
}

type jsonReport struct {
	Tool     string         `json:"tool"`
	Version  string         `json:"version"`
	Root     string         `json:"root"`
	Scope    map[string]any `json:"scope,omitempty"`
	Findings []Finding      `json:"findings"`
	Notices  []Notice       `json:"notices"`
}

func writeJSON(w io.Writer, r *Run) error {
	out := jsonReport{Tool: "vippslint", Version: r.Version, Root: r.Root, Scope: r.Scope, Findings: r.Findings, Notices: r.Notices}
	if out.Findings == nil {
		out.Findings = []Finding{}
	}
	if out.Notices == nil {
		out.Notices = []Notice{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// escapeData and escapeProperty follow the workflow command encoding of
// GitHub Actions' toolkit.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func writeGitHub(w io.Writer, r *Run) error {
	for _, f := range r.Findings {
		cmd := "notice"
		switch f.Level {
		case "error":
			cmd = "error"
		case "warning":
			cmd = "warning"
		}
		title := f.RuleID
		if rule, ok := rules.ByID(f.RuleID); ok {
			title = rule.Short
		}
		msg := f.Message + " [" + f.RuleID + "]"
		if _, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			escapeProperty(displayPath(f.Repository, f.Location.Path)), f.Location.Line, f.Location.Col, f.Location.EndLine, f.Location.EndCol,
			escapeProperty(title), escapeData(msg)); err != nil {
			return err
		}
	}
	for _, n := range r.Notices {
		cmd := "warning"
		if n.Level == LevelNote {
			cmd = "notice"
		}
		if _, err := fmt.Fprintf(w, "::%s title=vippslint::%s\n", cmd, escapeData(strings.TrimSpace(displayPath(n.Repository, n.Path)+": "+n.Message))); err != nil {
			return err
		}
	}
	return nil
}
