package a

import (
	"context"
	"net/http"
	"os"
	"slices"

	"msnhelper"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
)

// Hard negatives.

var allowed = map[string]struct{}{"212345": {}, "212346": {}}

var allowedMSN = map[string]bool{"212345": true}

var partnerMSNs = []string{"212345", "212346"}

var merchantsByShop = map[string]string{"oslo": "212345"}

type session struct{ MSN string }

type sessionKey struct{}

type config struct{ MSN string }

var cfg = config{MSN: os.Getenv("VIPPS_MSN")}

func allowlistMap(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if _, ok := allowed[msn]; !ok {
		http.Error(w, "unknown merchant", http.StatusForbidden)
		return
	}
	h := http.Header{}
	h.Set(msnHeader, msn)
}

func allowlistBool(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	if !allowedMSN[msn] {
		return
	}
	h := http.Header{msnHeader: {msn}}
	_ = h
}

func allowlistSlice(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if slices.Contains(partnerMSNs, msn) {
		h := http.Header{}
		h.Set(msnHeader, msn)
	}
}

func constant(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if msn != "212345" {
		return
	}
	h := http.Header{}
	h.Set(msnHeader, msn)
	switch m := r.FormValue("shop"); m {
	case "212345", "212346":
		h.Set(msnHeader, m)
	}
}

func sessionMSN(w http.ResponseWriter, r *http.Request) {
	s := r.Context().Value(sessionKey{}).(*session)
	h := http.Header{}
	h.Set(msnHeader, s.MSN)
	_ = client.Pay(s.MSN, 100)
}

func configMSN(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	h.Set(msnHeader, os.Getenv("VIPPS_MSN"))
	h.Set(msnHeader, cfg.MSN)
	h.Set(msnHeader, msnhelper.Fixed())
	h.Set(msnHeader, "212345")
}

func serverLookup(w http.ResponseWriter, r *http.Request) {
	msn, ok := merchantsByShop[r.FormValue("shop")]
	if !ok {
		return
	}
	h := http.Header{}
	h.Set(msnHeader, msn)
}

func userAmountOnly(w http.ResponseWriter, r *http.Request) {
	amount := r.FormValue("amount")
	h := http.Header{}
	h.Set(msnHeader, cfg.MSN)
	h.Set("X-Amount", amount)
	p := payment{MerchantInfo: merchantInfo{MerchantSerialNumber: cfg.MSN}}
	_ = p
}

type store struct{}

func (store) isAllowedFor(user, msn string) bool { return false }

func allowHelper(w http.ResponseWriter, r *http.Request, s store) {
	msn := r.FormValue("msn")
	if !s.isAllowedFor("user", msn) {
		return
	}
	_ = client.Pay(msn, 100)
}

func fieldChecked(c *gin.Context) {
	var in payIn
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	if _, ok := allowed[in.MSN]; !ok {
		return
	}
	h := http.Header{}
	h.Set(msnHeader, in.MSN)
}

func fiberSession(c *fiber.Ctx) error {
	msn, _ := c.Locals("msn").(string)
	h := http.Header{}
	h.Set(msnHeader, msn)
	return nil
}

func contextOnly(ctx context.Context) {
	msn, _ := ctx.Value("msn").(string)
	h := http.Header{}
	h.Set(msnHeader, msn)
}

func suppressed(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	//vippslint:ignore vipps-mutable-msn the admin tool runs behind the VPN and only admins call it
	h.Set(msnHeader, r.FormValue("msn"))
}
