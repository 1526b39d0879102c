package report

// SARIF 2.1.0 as GitHub code scanning ingests it. GitHub's quirks, written
// down once (see also staticcheck's SARIF writer):
//   - messages are plain text; related locations show only when the message
//     links them as [text](id);
//   - rules need help text, a "security" tag and "security-severity" for the
//     severity column;
//   - URIs are relative to %SRCROOT%, the repository root;
//   - partialFingerprints carry our content hash, never the secret;
//   - results is [] (not null) when the run is clean.

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vippslint/vippslint/rules"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool                     sarifTool                   `json:"tool"`
	AutomationDetails        *sarifAutomation            `json:"automationDetails,omitempty"`
	VersionControlProvenance []sarifVCS                  `json:"versionControlProvenance,omitempty"`
	OriginalURIBaseIDs       map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Invocations              []sarifInvocation           `json:"invocations"`
	Results                  []sarifResult               `json:"results"`
	ColumnKind               string                      `json:"columnKind"`
	Properties               map[string]any              `json:"properties,omitempty"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifVCS struct {
	RepositoryURI string           `json:"repositoryUri"`
	RevisionID    string           `json:"revisionId,omitempty"`
	MappedTo      sarifArtifactLoc `json:"mappedTo"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	InformationURI  string      `json:"informationUri"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	HelpURI              string         `json:"helpUri"`
	DefaultConfiguration map[string]any `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

// FingerprintKey is the partialFingerprints key vippslint writes.
const FingerprintKey = "vippslint/v1"

// SARIFRules returns the rule list of the SARIF driver: the catalogue plus
// the directive rule, sorted by ID.
func sarifRules() []rules.Rule {
	all := rules.All()
	return append(all, rules.Directive())
}

func physical(l Location) sarifPhysical {
	reg := &sarifRegion{StartLine: max(l.Line, 1)}
	if l.ColUTF16 > 0 {
		reg.StartColumn = l.ColUTF16
	} else if l.Col > 0 {
		reg.StartColumn = l.Col
	}
	if l.EndLine >= reg.StartLine {
		reg.EndLine = l.EndLine
		if l.EndColUTF16 > 0 {
			reg.EndColumn = l.EndColUTF16
		} else if l.EndCol > 0 {
			reg.EndColumn = l.EndCol
		}
	}
	if l.Snippet != "" {
		reg.Snippet = &sarifText{Text: l.Snippet}
	}
	return sarifPhysical{
		ArtifactLocation: sarifArtifactLoc{URI: uriPath(l.Path), URIBaseID: "%SRCROOT%"},
		Region:           reg,
	}
}

// uriPath escapes a relative slash path as a URI reference.
func uriPath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

func writeSARIF(w io.Writer, r *Run) error {
	var runs []sarifRun
	if len(r.Parts) == 0 {
		runs = []sarifRun{sarifRunOf(r)}
	}
	for i, p := range r.Parts {
		// One run per repository, as code scanning takes one per upload;
		// notices of no repository go with the first.
		part := *r
		part.Parts, part.Root, part.Scope, part.Findings, part.Notices = nil, p.Root, p.Scope, nil, nil
		part.Category = p.Repository
		if r.Category != "" {
			part.Category = strings.TrimSuffix(r.Category, "/") + "/" + p.Repository
		}
		for _, f := range r.Findings {
			if f.Repository == p.Repository {
				part.Findings = append(part.Findings, f)
			}
		}
		for _, n := range r.Notices {
			if n.Repository == p.Repository || n.Repository == "" && i == 0 {
				part.Notices = append(part.Notices, n)
			}
		}
		runs = append(runs, sarifRunOf(&part))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: runs})
}

// sarifRunOf is the SARIF run of one report.
func sarifRunOf(r *Run) sarifRun {
	all := sarifRules()
	index := map[string]int{}
	driver := sarifDriver{Name: "vippslint", InformationURI: "https://github.com/vippslint/vippslint", Version: r.Version}
	if r.Version != "" && r.Version[0] >= '0' && r.Version[0] <= '9' {
		driver.SemanticVersion = r.Version
	}
	for i, rule := range all {
		index[rule.ID] = i
		props := map[string]any{
			"tags":              rule.Tags(),
			"precision":         rule.Precision,
			"security-severity": rule.SecuritySeverity,
			"problem.severity":  string(rule.Level),
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID: rule.ID, Name: rule.Name,
			ShortDescription:     sarifText{Text: rule.Short},
			FullDescription:      sarifText{Text: rule.Full},
			Help:                 sarifText{Text: rule.Help, Markdown: rule.Help},
			HelpURI:              rule.HelpURI(),
			DefaultConfiguration: map[string]any{"level": string(rule.Level)},
			Properties:           props,
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, ColumnKind: "utf16CodeUnits", Results: []sarifResult{}}
	if r.Root != "" {
		root := filepath.ToSlash(r.Root)
		if !strings.HasSuffix(root, "/") {
			root += "/"
		}
		if !strings.HasPrefix(root, "/") {
			root = "/" + root
		}
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{"%SRCROOT%": {URI: (&url.URL{Scheme: "file", Path: root}).String()}}
	}
	if r.RepoURI != "" {
		run.VersionControlProvenance = []sarifVCS{{RepositoryURI: r.RepoURI, RevisionID: r.Revision, MappedTo: sarifArtifactLoc{URI: "", URIBaseID: "%SRCROOT%"}}}
	}
	if r.Category != "" {
		run.AutomationDetails = &sarifAutomation{ID: strings.TrimSuffix(r.Category, "/") + "/"}
	}
	if len(r.Scope) > 0 {
		run.Properties = r.Scope
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, n := range r.Notices {
		level := "warning"
		switch n.Level {
		case "error":
			level = "error"
			inv.ExecutionSuccessful = false
		case LevelNote:
			level = "note"
		}
		note := sarifNotification{Level: level, Message: sarifText{Text: strings.TrimSpace(n.Message)}}
		if n.Path != "" {
			note.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactLoc{URI: uriPath(n.Path), URIBaseID: "%SRCROOT%"}}}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, note)
	}
	run.Invocations = []sarifInvocation{inv}
	for _, f := range r.Findings {
		res := sarifResult{
			RuleID: f.RuleID, RuleIndex: index[f.RuleID], Level: f.Level,
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{{PhysicalLocation: physical(f.Location)}},
			PartialFingerprints: map[string]string{FingerprintKey: f.Fingerprint},
		}
		if len(f.Related) > 0 {
			links := make([]string, 0, len(f.Related))
			for i, rel := range f.Related {
				id := i + 1
				res.RelatedLocations = append(res.RelatedLocations, sarifLocation{ID: &id, PhysicalLocation: physical(rel.Location), Message: &sarifText{Text: rel.Message}})
				links = append(links, "["+rel.Message+"]("+strconv.Itoa(id)+")")
			}
			res.Message.Text += " (" + strings.Join(links, ", ") + ")"
		}
		props := map[string]any{}
		for k, v := range f.Properties {
			props[k] = v
		}
		if f.Verification != "" {
			props["verification"] = f.Verification
		}
		if len(props) > 0 {
			res.Properties = props
		}
		run.Results = append(run.Results, res)
	}
	return run
}
