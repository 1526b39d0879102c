package handlers

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// merchantKey is the context key of the authenticated merchant's MSN.
type merchantKey struct{}

// Session is a server-side login session of a merchant user. Sessions are
// issued by the SSO callback after the user's merchant membership has been
// looked up in the platform database.
type Session struct {
	UserID      string
	MerchantMSN string
	Expires     time.Time
}

// SessionStore looks sessions up by their opaque ID.
type SessionStore interface {
	Lookup(id string) (Session, bool)
}

// MemorySessions is an in-process SessionStore.
type MemorySessions struct {
	mu       sync.RWMutex
	sessions map[string]Session
}

// NewMemorySessions returns an empty store.
func NewMemorySessions() *MemorySessions {
	return &MemorySessions{sessions: map[string]Session{}}
}

// Put stores s under id.
func (m *MemorySessions) Put(id string, s Session) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sessions[id] = s
}

// Lookup implements SessionStore.
func (m *MemorySessions) Lookup(id string) (Session, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	s, ok := m.sessions[id]
	return s, ok
}

// RequireSession rejects requests without a valid session and puts the
// session's merchant in the request context.
func (h *Handler) RequireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("partnerpay_session")
		if err != nil {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		s, ok := h.Sessions.Lookup(c.Value)
		if !ok || time.Now().After(s.Expires) {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		ctx := context.WithValue(r.Context(), merchantKey{}, s.MerchantMSN)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
