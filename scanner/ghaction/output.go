package ghaction

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

// AppendOutput appends name=value to the file named by GITHUB_OUTPUT (or
// GITHUB_ENV, same format). A value with a newline uses the heredoc form
// with a random delimiter.
func AppendOutput(path, name, value string) error {
	if path == "" {
		return nil
	}
	line := name + "=" + value + "\n"
	if strings.ContainsAny(value, "\r\n") {
		var buf [16]byte
		if _, err := rand.Read(buf[:]); err != nil {
			return fmt.Errorf("write step output %s: %w", name, err)
		}
		delim := "ghadelimiter_" + hex.EncodeToString(buf[:])
		line = name + "<<" + delim + "\n" + value + "\n" + delim + "\n"
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("write step output %s: %w", name, err)
	}
	_, werr := f.WriteString(line)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("write step output %s: %w", name, werr)
	}
	return nil
}

// AppendFile appends text to a file such as GITHUB_STEP_SUMMARY.
func AppendFile(path, text string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	_, werr := f.WriteString(text)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	return werr
}

// Fail policies.
const (
	FailOnFindings = "findings" // exit 1 on findings, 2 on errors
	FailOnErrors   = "errors"   // exit 2 on errors; findings only annotate
	FailOnNever    = "never"    // always exit 0
)

// FailPolicies lists the --fail-on values.
func FailPolicies() []string { return []string{FailOnFindings, FailOnErrors, FailOnNever} }

// ExitCode applies the fail policy to a run's outcome: errors (an
// incomplete scan) before findings.
func ExitCode(policy string, findings int, incomplete bool) int {
	switch {
	case policy == FailOnNever:
		return 0
	case incomplete:
		return 2
	case findings > 0 && policy == FailOnFindings:
		return 1
	}
	return 0
}

// SplitArgs splits the action's args input the way a POSIX shell splits
// words: blanks separate words, single quotes keep everything, double
// quotes keep everything but backslash escapes, a backslash outside quotes
// escapes the next character. There is no expansion of any kind.
func SplitArgs(s string) ([]string, error) {
	var (
		out   []string
		cur   strings.Builder
		inArg bool
	)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if inArg {
				out = append(out, cur.String())
				cur.Reset()
				inArg = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, errors.New("args: unterminated single quote")
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inArg = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, errors.New("args: unterminated double quote")
			}
			inArg = true
		case c == '\\':
			if i+1 >= len(s) {
				return nil, errors.New("args: trailing backslash")
			}
			i++
			if s[i] != '\n' {
				cur.WriteByte(s[i])
				inArg = true
			}
		default:
			cur.WriteByte(c)
			inArg = true
		}
	}
	if inArg {
		out = append(out, cur.String())
	}
	return out, nil
}
