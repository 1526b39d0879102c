// Package auth authenticates POS terminals (bearer tokens) and back-office
// operators (server-side sessions) and exposes who the caller is.
package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// TerminalIDKey is the gin context key holding the authenticated terminal ID.
const TerminalIDKey = "auth.terminal_id"

// TerminalAuth authenticates a POS terminal by its bearer token and stores
// the terminal ID in the gin context.
func TerminalAuth(tokenHashes map[string]string) gin.HandlerFunc {
	return func(c *gin.Context) {
		tok, ok := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
		if !ok || tok == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing terminal token"})
			return
		}
		sum := sha256.Sum256([]byte(tok))
		id, ok := tokenHashes[hex.EncodeToString(sum[:])]
		if !ok {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "unknown terminal"})
			return
		}
		c.Set(TerminalIDKey, id)
		c.Next()
	}
}

// Session is a logged-in back-office operator.
type Session struct {
	ID         string
	OperatorID string
	// MSN is the sales unit the operator picked at login, checked against
	// the operator's allowed MSNs when the session was created.
	MSN     string
	Expires time.Time
}

type sessionKey struct{}

// WithSession returns ctx carrying s.
func WithSession(ctx context.Context, s *Session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

// FromContext returns the session of the request.
func FromContext(ctx context.Context) (*Session, bool) {
	s, ok := ctx.Value(sessionKey{}).(*Session)
	return s, ok && s != nil
}

// Sessions is the server-side session store.
type Sessions struct {
	mu   sync.RWMutex
	byID map[string]*Session
}

// NewSessions returns an empty store.
func NewSessions() *Sessions { return &Sessions{byID: map[string]*Session{}} }

// Put stores a session.
func (s *Sessions) Put(sess *Session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.byID[sess.ID] = sess
}

func (s *Sessions) lookup(r *http.Request) (*Session, bool) {
	ck, err := r.Cookie("kasse_sid")
	if err != nil {
		return nil, false
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	sess, ok := s.byID[ck.Value]
	if !ok || time.Now().After(sess.Expires) {
		return nil, false
	}
	return sess, true
}

// Middleware is net/http (chi) middleware requiring a session.
func (s *Sessions) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, ok := s.lookup(r)
		if !ok {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(WithSession(r.Context(), sess)))
	})
}

// EchoMiddleware is echo middleware requiring a session.
func (s *Sessions) EchoMiddleware(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		sess, ok := s.lookup(c.Request())
		if !ok {
			return echo.NewHTTPError(http.StatusUnauthorized, "login required")
		}
		c.Set("session", sess)
		c.SetRequest(c.Request().WithContext(WithSession(c.Request().Context(), sess)))
		return next(c)
	}
}
