// Package config reads .vippslint.yaml and .vippslintignore.
//
// .vippslint.yaml (at the scanned root unless --config names another):
//
//	merchant_visible:   # doublestar globs of paths a merchant can read
//	  - "merchant-portal/**"
//	exclude:            # doublestar globs never scanned
//	  - "vendor/**"
//	max_file_size: 10MiB
//	disable: [vipps-client-id]
//	report_lone_client_ids: true   # also a client_id with no secret beside it
//
// Unknown keys and bad globs are errors that name the file and line.
//
// .vippslintignore holds one entry per line: a finding fingerprint (32 hex
// digits, as in JSON and SARIF output) or a doublestar glob of paths whose
// findings are ignored. '#' starts a comment.
package config

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/report"
)

// DefaultMaxFileSize is the size above which files are skipped.
const DefaultMaxFileSize = 10 << 20

// Config is .vippslint.yaml.
type Config struct {
	MerchantVisible []string `yaml:"merchant_visible"`
	Exclude         []string `yaml:"exclude"`
	MaxFileSize     Size     `yaml:"max_file_size"`
	Disable         []string `yaml:"disable"`
	// ReportLoneClientIDs reports a client_id that has no secret of its
	// set beside it (off by default: alone it is a user name).
	ReportLoneClientIDs bool `yaml:"report_lone_client_ids"`
	// Path is where the config was read from ("" for defaults).
	Path string `yaml:"-"`
}

// Size is a byte count written as 1048576, 512KiB, 10MiB or 1GiB.
type Size int64

// UnmarshalYAML parses a size.
func (s *Size) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: max_file_size: want a size such as 10MiB", n.Line)
	}
	v, err := ParseSize(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*s = Size(v)
	return nil
}

// ParseSize parses 1048576, 512KiB, 512KB, 10MiB, 10M or 1GiB.
func ParseSize(v string) (int64, error) {
	t := strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suf string
		m   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}} {
		if strings.HasSuffix(t, u.suf) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suf)), u.m
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q (want a positive number of bytes, KiB, MiB or GiB)", v)
	}
	return n * mult, nil
}

// Load reads a config file. A missing file at an implicit path is not an
// error (explicit says whether the user named the file).
func Load(path string, explicit bool) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return &Config{MaxFileSize: DefaultMaxFileSize}, nil
		}
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.Path = path
	return c, nil
}

// Parse parses .vippslint.yaml content.
func Parse(data []byte) (*Config, error) {
	c, err := parse(data)
	if err != nil {
		// A value pasted into the wrong place may be a key: errors quote
		// values, so they are redacted.
		return nil, errors.New(report.RedactKeys(err.Error()))
	}
	return c, nil
}

// yamlErrors rewrite yaml's messages, which name Go types, in the
// config's own words.
var (
	unknownField = regexp.MustCompile(`field (.*) not found in type \S+`)
	wrongType    = regexp.MustCompile("cannot unmarshal (!!\\w+)(?: `[^`]*`)? into (\\S+)")
	yamlTags     = map[string]string{"!!str": "a string", "!!map": "a mapping", "!!seq": "a list", "!!int": "a number",
		"!!float": "a number", "!!bool": "a boolean", "!!null": "nothing", "!!timestamp": "a date", "!!binary": "binary data"}
)

// keys lists the settings .vippslint.yaml knows, from Config's yaml tags.
func keys() string {
	var ks []string
	t := reflect.TypeOf(Config{})
	for i := 0; i < t.NumField(); i++ {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, ", ")
}

func yamlError(err error) error {
	msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "yaml: "), "unmarshal errors:\n  ")
	msg = unknownField.ReplaceAllStringFunc(msg, func(m string) string {
		return fmt.Sprintf("unknown setting %q (want one of %s)", unknownField.FindStringSubmatch(m)[1], keys())
	})
	msg = wrongType.ReplaceAllStringFunc(msg, func(m string) string {
		sub := wrongType.FindStringSubmatch(m)
		got := yamlTags[sub[1]]
		if got == "" {
			got = "a " + strings.TrimPrefix(sub[1], "!!")
		}
		want := "a list of strings"
		if !strings.HasPrefix(sub[2], "[]") {
			want = "a single value"
		}
		return "want " + want + ", not " + got
	})
	return errors.New(msg)
}

func parse(data []byte) (*Config, error) {
	c := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		// Keep yaml's "line N: ..." and drop its package prefix.
		return nil, yamlError(err)
	}
	if c.MaxFileSize == 0 {
		c.MaxFileSize = DefaultMaxFileSize
	}
	var node yaml.Node
	_ = yaml.Unmarshal(data, &node)
	for _, g := range append(append([]string{}, c.MerchantVisible...), c.Exclude...) {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("line %d: bad glob %q", lineOf(&node, g), g)
		}
	}
	for _, id := range c.Disable {
		if _, ok := rules.ByID(id); !ok {
			return nil, fmt.Errorf("line %d: disable: unknown rule %q (see vippslint rules)", lineOf(&node, id), id)
		}
	}
	return c, nil
}

func lineOf(n *yaml.Node, value string) int {
	if n.Kind == yaml.ScalarNode && n.Value == value {
		return n.Line
	}
	for _, c := range n.Content {
		if l := lineOf(c, value); l > 0 {
			return l
		}
	}
	return 0
}

// Rebase prefixes the path globs with dir (slash-separated), for a config
// file that lives below the report root.
func (c *Config) Rebase(dir string) {
	for i, g := range c.MerchantVisible {
		c.MerchantVisible[i] = dir + "/" + g
	}
	for i, g := range c.Exclude {
		c.Exclude[i] = dir + "/" + g
	}
}

// Excluded reports whether a slash path matches an exclude glob.
func (c *Config) Excluded(p string) bool {
	for _, g := range c.Exclude {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
	}
	return false
}

// Disabled reports whether a rule is switched off.
func (c *Config) Disabled(rule string) bool {
	for _, d := range c.Disable {
		if d == rule {
			return true
		}
	}
	return false
}

// Ignore is .vippslintignore.
type Ignore struct {
	Fingerprints map[string]bool
	Globs        []string
}

// LoadIgnore reads an ignore file; a missing file is an empty Ignore.
func LoadIgnore(path string) (*Ignore, error) {
	ig := &Ignore{Fingerprints: map[string]bool{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ig, nil
	}
	if err != nil {
		return nil, fmt.Errorf("ignore file: %w", err)
	}
	return ParseIgnore(path, data)
}

// ParseIgnore parses .vippslintignore content; name says where it came
// from in errors.
func ParseIgnore(name string, data []byte) (*Ignore, error) {
	ig := &Ignore{Fingerprints: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if i := strings.Index(t, "#"); i >= 0 {
			t = strings.TrimSpace(t[:i])
		}
		if t == "" {
			continue
		}
		if report.IsFingerprint(t) {
			ig.Fingerprints[t] = true
			continue
		}
		if !doublestar.ValidatePattern(t) {
			return nil, fmt.Errorf("ignore file %s:%d: bad glob %q", name, line, report.RedactKeys(t))
		}
		ig.Globs = append(ig.Globs, t)
	}
	return ig, nil
}

// Ignored reports whether a finding with this path and fingerprint is
// ignored.
func (ig *Ignore) Ignored(p, fingerprint string) bool {
	if ig == nil {
		return false
	}
	if ig.Fingerprints[fingerprint] {
		return true
	}
	for _, g := range ig.Globs {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
	}
	return false
}
