package ghaction

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// Summary is what the job summary reports.
type Summary struct {
	Plan Plan
	// Commits, Blobs and Refs count what a history scan read; Files and
	// Bytes what a tree scan read.
	Commits, Blobs, Files int
	Bytes                 int64
	// Findings are the reported (filtered) findings; InHead and
	// OnlyHistory split their count by whether the secret is still in the
	// head commit's files.
	Findings            []report.Finding
	InHead, OnlyHistory int
	Notices             []report.Notice
	// Errors counts inputs that could not be scanned.
	Errors int
	// Baselined counts findings dropped because a baseline has them.
	Baselined int
	FailOn    string
	ExitCode  int
	SARIFFile string
}

// maxRows caps the findings table; the SARIF upload and the annotations
// carry them all.
const maxRows = 50

// WriteSummary writes the job summary as GitHub-flavoured Markdown.
func WriteSummary(w io.Writer, s *Summary) error {
	var b strings.Builder
	switch {
	case s.Errors > 0:
		fmt.Fprintf(&b, "## vippslint: the scan is incomplete\n\n%d inputs could not be scanned; see the step log.\n\n", s.Errors)
	case len(s.Findings) == 0:
		b.WriteString("## vippslint: no Vipps keys found\n\n")
	default:
		fmt.Fprintf(&b, "## vippslint: %s\n\n", plural(len(s.Findings), "finding"))
	}
	fmt.Fprintf(&b, "**Scanned:** %s", mdEscape(s.Plan.Describe))
	switch s.Plan.Kind {
	case Commits:
		fmt.Fprintf(&b, " (%s, %s)", plural(s.Commits, "commit"), plural(s.Blobs, "blob"))
	case Tree:
		fmt.Fprintf(&b, " (%s, %.1f MB)", plural(s.Files, "file"), float64(s.Bytes)/1e6)
	}
	b.WriteString("\n\n")
	for _, w := range s.Plan.Warnings {
		fmt.Fprintf(&b, "> [!WARNING]\n> %s\n\n", mdEscape(w))
	}
	if len(s.Findings) > 0 {
		writeByRule(&b, s.Findings)
		if s.Plan.Kind == Commits {
			fmt.Fprintf(&b, "- **In HEAD:** %d (still in the files of the head commit)\n", s.InHead)
			fmt.Fprintf(&b, "- **Only in history:** %d (removed since, but still in every clone: the key is leaked all the same)\n\n", s.OnlyHistory)
		}
		writeTable(&b, s.Findings)
		b.WriteString(fixHelp)
	}
	if s.Baselined > 0 {
		fmt.Fprintf(&b, "%s already in the baseline not reported.\n\n", plural(s.Baselined, "finding"))
	}
	if len(s.Notices) > 0 {
		b.WriteString("<details><summary>Notices</summary>\n\n")
		for _, n := range s.Notices {
			where := ""
			if n.Path != "" {
				where = "`" + strings.ReplaceAll(n.Path, "`", "'") + "`: "
			}
			fmt.Fprintf(&b, "- %s: %s%s\n", n.Level, where, mdEscape(n.Message))
		}
		b.WriteString("\n</details>\n\n")
	}
	if s.SARIFFile != "" {
		fmt.Fprintf(&b, "SARIF report: `%s`. ", s.SARIFFile)
	}
	fmt.Fprintf(&b, "Fail policy: `%s`, exit code %d.\n", s.FailOn, s.ExitCode)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeByRule(b *strings.Builder, fs []report.Finding) {
	count := map[string]int{}
	for _, f := range fs {
		count[f.RuleID]++
	}
	ids := make([]string, 0, len(count))
	for id := range count {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	b.WriteString("| rule | what | findings |\n|---|---|---:|\n")
	for _, id := range ids {
		what := ""
		if r, ok := rules.ByID(id); ok {
			what = r.Short
		}
		fmt.Fprintf(b, "| `%s` | %s | %d |\n", id, mdEscape(what), count[id])
	}
	b.WriteString("\n")
}

func writeTable(b *strings.Builder, fs []report.Finding) {
	fmt.Fprintf(b, "<details><summary>Findings</summary>\n\n| file | line | rule | commit | message |\n|---|---:|---|---|---|\n")
	for i, f := range fs {
		if i == maxRows {
			fmt.Fprintf(b, "\n%d more in the annotations and the SARIF report.\n", len(fs)-maxRows)
			break
		}
		commit := ""
		if c, ok := f.Properties["commit"].(string); ok {
			commit = "`" + short(c) + "`"
		}
		fmt.Fprintf(b, "| `%s` | %d | `%s` | %s | %s |\n", strings.ReplaceAll(f.Location.Path, "`", "'"),
			f.Location.Line, f.RuleID, commit, mdEscape(f.Message))
	}
	b.WriteString("\n</details>\n\n")
}

// fixHelp tells the reader what to do about a finding.
const fixHelp = `### How to fix

1. **Rotate the key.** Log in to [portal.vipps.no](https://portal.vipps.no), open the sales
   unit's keys and regenerate the leaked ones (both subscription keys if either leaked).
   Deleting the line is not enough: the key stays in the git history of every clone.
2. **Move it out of the repository**: a GitHub Actions secret, your platform's secret store, or
   an environment variable that only the server reads.
3. **A false positive?** Add ` + "`vippslint:ignore RULE-ID reason`" + ` in a comment on the line (or the
   line above); the reason is required. Or add the finding's fingerprint (in the SARIF
   ` + "`partialFingerprints`" + ` or ` + "`vippslint git --format json`" + `) to ` + "`.vippslintignore`" + `
   at the repository root. ` + "`vippslint explain RULE-ID`" + ` prints a rule's full help.

`

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// mdEscape keeps text from breaking a table cell or starting markup.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}
