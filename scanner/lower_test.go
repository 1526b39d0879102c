package scanner

import (
	"bytes"
	"testing"
)

func TestLowerASCII(t *testing.T) {
	var all []byte
	for i := 0; i < 256; i++ {
		all = append(all, byte(i))
	}
	all = append(all, "Vipps-MobilePay ÆØÅ ABCXYZ@[`{"...)
	for cut := 0; cut < 16; cut++ {
		src := all[cut:]
		got := lowerASCII(nil, src)
		want := make([]byte, len(src))
		for i, c := range src {
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			want[i] = c
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("lowerASCII mismatch at offset %d", cut)
		}
	}
}

func TestPrefilter(t *testing.T) {
	e := New(Options{})
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"uses VIPPS here", true},
		{"MobilePay", true},
		{"Ocp-Apim-Subscription-Key", true},
		{"CLIENT_SECRET=x", true},
		{"clientSecret", true},
		{"client secret", true},
		{"Merchant-Serial-Number: 1", true},
		{"SUBSCRIPTION_KEY=1", true},
		{"the shared secret of the handshake", false},
		{"serial number of the merchant", false},
		{"subscriptions are billed monthly", false},
	} {
		if got := e.prefilter([]byte(c.in)); got != c.want {
			t.Errorf("prefilter(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
