package rules

import (
	"encoding/base64"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestIsPlaceholder(t *testing.T) {
	for _, c := range []struct {
		v    string
		want bool
	}{
		// Generated fakes are not placeholders.
		{"ba4e7647-05c5-4edd-b624-04ab8616469c", false},
		{"WAWaB27SsyM5HC1PY0Pmdg==", false},
		{"b2c7234d9ac3ea2ab8b1097408aef82e", false},
		{"tQKcdgEBe3MmBKwcdAfVdYhhJLKs6zZpH3gqXyNOng0=", false},
		{"aBc8Q~Zp3Vw9LmT_qR2sXyN7uK.4fGh1JdE0oHtC", false},
		// Documentation examples and person-made values are.
		{"fb492b5e-7907-4d83-bc20-c7fb60ca35de", true},
		{"Y8Kteew6GE3ZmeycEt6egg==", true},
		{"0f14ebcab0eb4b29ae0cb90d91b4a84a", true},
		{"00000000-0000-0000-0000-000000000000", true},
		{"11111111-2222-3333-4444-555555555555", true},
		{"12345678-1234-1234-1234-123456789012", true},
		{"0123456789abcdef0123456789abcdef", true},
		{"deadbeefdeadbeefdeadbeefdeadbeef", true},
		{"dGVzdC1jbGllbnQtc2VjcmV0LTE=", true}, // base64("test-client-secret-1")
		{"TXlTdXBlclNlY3JldEtleTEyMw==", true}, // base64("MySuperSecretKey123")
		// Legacy client secrets: Base64 of 20 random letters and digits.
		{"RHBzZG5IV29WU042MnpETThmVlg=", false},
		{"R0RaRUZGZ2V3Uk1XV0NZTldNelI=", false},
		{"your-client-secret", true},
		{"<subscription-key>", true},
		{"{{client_secret}}", true},
		{"changeme", true},
		// Values made of words, with their generated twins.
		{"base64-encoded-secret-from-vipps", true},
		{"SubscriptionKeyFromPortal", true},
		{"VIPPS_CLIENT_SECRET_VALUE", true},
		{"my-webhook-signing-secret-v2", true},
		{"hMWANnyVulBcvALYIeKxygz_87cLrsuMemX_h4G5", false},
		{"f7Kq2Lx9Vn4Rt8Wz1Hb6Jm3Pc5Ys0Ud", false},
		{"PoqzTrewLkjhMnbvCxzaSd==", false}, // no digit, yet random: "Lkjh" is no word
		{"h4-G5", false},
		{"WhnKb7qRmd7-czFPYPFZ0-ACuSiYzRVRDKpTxgOI", false},
	} {
		if got := IsPlaceholder(c.v); got != c.want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", c.v, got, c.want)
		}
	}
}

func TestNameIsFake(t *testing.T) {
	for n, want := range map[string]bool{
		"fakeclientsecret": true, "dummysubscriptionkey": true, "mockvippssecret": true,
		"vippsclientsecret": false, "vippstestclientsecret": false,
	} {
		if NameIsFake(n) != want {
			t.Errorf("NameIsFake(%q) = %v", n, !want)
		}
	}
}

// TestMadeOfWordsRandom holds the false-placeholder rate of generated keys
// at zero on 100,000 random values of every key shape (a fixed seed keeps
// the test deterministic).
func TestMadeOfWordsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 32)
	for i := 0; i < 100000; i++ {
		n := []int{16, 20, 32}[i%3]
		for j := range buf[:n] {
			buf[j] = byte(r.IntN(256))
		}
		for _, v := range []string{
			base64.StdEncoding.EncodeToString(buf[:n]), base64.RawURLEncoding.EncodeToString(buf[:n]),
			hex.EncodeToString(buf[:16]),
		} {
			if MadeOfWords(v) {
				t.Fatalf("random key %q taken for words", v)
			}
		}
	}
}

// TestDocExampleHashes checks the generated list: the seeds' examples,
// which the documentation shows, are on it by hash alone; generated fakes
// of every shape are not.
func TestDocExampleHashes(t *testing.T) {
	if n := len(docExampleSet()); n < 100 {
		t.Fatalf("docexamples.txt holds %d hashes; regenerate it", n)
	}
	for _, v := range []string{"fb492b5e-7907-4d83-bc20-c7fb60ca35de", "Y8Kteew6GE3ZmeycEt6egg==", "0f14ebcab0eb4b29ae0cb90d91b4a84a"} {
		if !inDocExampleHashes(strings.ToLower(v)) || !IsDocExample(v) {
			t.Errorf("documentation example %s is not on the list", v)
		}
	}
	for _, v := range []string{"ba4e7647-05c5-4edd-b624-04ab8616469c", "WAWaB27SsyM5HC1PY0Pmdg==", "b2c7234d9ac3ea2ab8b1097408aef82e"} {
		if IsDocExample(v) {
			t.Errorf("generated fake %s taken for a documentation example", v)
		}
	}
}
