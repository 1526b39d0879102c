// Package shops is the server-side register of the shops on the platform: which sales unit
// (MSN) each shop is, and which API key the shop's own systems authenticate with.
package shops

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"sync"
)

// Shop is one merchant on the platform.
type Shop struct {
	ID         string
	Name       string
	MSN        string
	apiKeyHash string
}

// ErrUnknown is returned for a shop or key that is not registered.
var ErrUnknown = errors.New("shops: unknown shop")

// Store holds the register in memory; it is filled by operations staff, never by shops.
type Store struct {
	mu    sync.RWMutex
	byID  map[string]*Shop
	byKey map[string]*Shop
}

// NewStore returns a register built from the operator's onboarding records.
func NewStore(records []Shop, apiKeys map[string]string) *Store {
	s := &Store{byID: map[string]*Shop{}, byKey: map[string]*Shop{}}
	for i := range records {
		sh := records[i]
		if k, ok := apiKeys[sh.ID]; ok {
			sh.apiKeyHash = hashKey(k)
			s.byKey[sh.apiKeyHash] = &sh
		}
		s.byID[sh.ID] = &sh
	}
	return s
}

func hashKey(k string) string {
	sum := sha256.Sum256([]byte(k))
	return hex.EncodeToString(sum[:])
}

// Authenticate returns the shop that owns apiKey.
func (s *Store) Authenticate(apiKey string) (*Shop, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	h := hashKey(apiKey)
	sh, ok := s.byKey[h]
	if !ok || subtle.ConstantTimeCompare([]byte(sh.apiKeyHash), []byte(h)) != 1 {
		return nil, ErrUnknown
	}
	return sh, nil
}

// MSNFor returns the sales unit registered for a shop ID.
func (s *Store) MSNFor(shopID string) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	sh, ok := s.byID[shopID]
	if !ok {
		return "", ErrUnknown
	}
	return sh.MSN, nil
}
