package main

import (
	"context"
	"fmt"
	"io"
	"net"

	"github.com/vippslint/vippslint/scanner/report"
	"github.com/vippslint/vippslint/scanner/verify"
)

// verifyFindings checks the complete key sets among fs against the Vipps
// token API (or --verify-endpoint), records valid/invalid/unknown on the
// findings of each set, applies --only-verified and prints a one-line
// summary to stderr. It never prints a secret.
func verifyFindings(ctx context.Context, c *common, fs []report.Finding, stderr io.Writer) ([]report.Finding, error) {
	if c.verifyEndpoint != "" {
		u, err := verify.ParseEndpoint(c.verifyEndpoint)
		if err != nil {
			return fs, fmt.Errorf("--verify-endpoint: %w", err)
		}
		where := "custom endpoint " + u.Redacted()
		if u.Scheme == "http" && !isLoopback(u.Hostname()) {
			where += " over plain http: key sets cross the network unencrypted"
		}
		fmt.Fprintf(stderr, "vippslint: verify: sending token requests only to %s\n", where)
	}
	v, err := verify.New(verify.Options{Endpoint: c.verifyEndpoint})
	if err != nil {
		return fs, fmt.Errorf("--verify-endpoint: %w", err)
	}
	sum, err := v.Findings(ctx, fs)
	fmt.Fprintf(stderr, "vippslint: %s\n", sum)
	if err != nil {
		return fs, err
	}
	if c.onlyVerified {
		fs = verify.KeepValid(fs)
	}
	return fs, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
