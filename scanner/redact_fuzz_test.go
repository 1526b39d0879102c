package scanner

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vippslint/vippslint/scanner/report"
)

// plantedRun is the length of the shortest run of a planted secret that
// may not appear in any output.
const plantedRun = 12

// plantSecret makes a random secret of one of the key shapes from seed:
// a GUID, 32 hex, Base64 of 16, 20 or 32 bytes (standard padded or
// URL-safe unpadded), the Q~ form or a JWT. They are fresh fakes.
func plantSecret(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed>>7|1))
	b := func(n int) []byte {
		out := make([]byte, n)
		for i := range out {
			out[i] = byte(r.UintN(256))
		}
		return out
	}
	switch r.IntN(8) {
	case 0:
		h := hex.EncodeToString(b(16))
		return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	case 1:
		return hex.EncodeToString(b(16))
	case 2:
		return base64.StdEncoding.EncodeToString(b(16))
	case 3:
		return base64.StdEncoding.EncodeToString(b(20))
	case 4:
		return base64.StdEncoding.EncodeToString(b(32))
	case 5:
		return base64.RawURLEncoding.EncodeToString(b(32))
	case 6:
		const a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-"
		var s strings.Builder
		s.WriteString(fmt.Sprintf("Abc%dQ~", r.IntN(10)))
		for s.Len() < 40 {
			s.WriteByte(a[r.IntN(len(a))])
		}
		return s.String()
	default:
		return "eyJhbGciOiJSUzI1NiJ9." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"https://apitest.vipps.no","sub":"`+hex.EncodeToString(b(6))+`"}`)) +
			"." + base64.RawURLEncoding.EncodeToString(b(48))
	}
}

// plantNames bind the first planted secret so that its line is a finding.
var plantNames = []string{"VIPPS_CLIENT_SECRET=", `"clientSecret": `, "Ocp-Apim-Subscription-Key: ", "vipps_client_id = ", "VIPPS_ACCESS_TOKEN=", "# old secret was "}

// FuzzRedaction plants secrets of every shape into arbitrary text, one
// bound to a Vipps name and one beside it, scans the file and writes every
// output format: none may hold a run of plantedRun characters of either
// secret (the first four, the redacted form's prefix, are allowed).
func FuzzRedaction(f *testing.F) {
	f.Add("vipps\n", " # old one was ", "\n", uint64(1), uint64(2), uint8(0))
	f.Add("", "", "", uint64(3), uint64(4), uint8(1))
	f.Add("const vipps = {", ", other: ", "};", uint64(5), uint64(6), uint8(2))
	f.Add(strings.Repeat("x=1;", 100), " id ", strings.Repeat(";y", 300), uint64(7), uint64(8), uint8(3))
	f.Add("# vippslint:ignore ", "\n# vippslint:ignore ", " reason\n", uint64(9), uint64(10), uint8(4))
	e := New(Options{ReportUnusedIgnores: true})
	f.Fuzz(func(t *testing.T, before, between, after string, seed1, seed2 uint64, name uint8) {
		s1, s2 := plantSecret(seed1), plantSecret(seed2)
		// Quotes delimit the planted secrets, so they are whole tokens
		// whatever the fuzzed text around them.
		content := before + plantNames[int(name)%len(plantNames)] + `"` + s1 + `"` + between + `"` + s2 + `" ` + after
		if strings.Contains(before+between+after, s1[4:4+plantedRun]) || strings.Contains(before+between+after, s2[4:4+plantedRun]) {
			t.Skip("the fuzzed text holds the secret itself")
		}
		run := &report.Run{Root: "/repo", Findings: e.Scan("vipps/app.env", []byte(content)),
			Notices: []report.Notice{{Level: "warning", Path: "vipps/app.env", Message: "unknown rule \"" + s2 + "\""}}}
		for _, format := range report.Formats() {
			var out strings.Builder
			if err := report.Write(&out, format, run); err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{s1, s2} {
				for i := 4; i+plantedRun <= len(s); i++ {
					if strings.Contains(out.String(), s[i:i+plantedRun]) {
						t.Fatalf("%s output holds %q of the planted secret %q:\n%s", format, s[i:i+plantedRun], s, out.String())
					}
				}
			}
		}
	})
}
