package a // want package:"vippsmsn"

// Partner handlers that call Vipps on behalf of merchants.

import (
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"msnhelper"
	"vippsclient"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

const msnHeader = "Merchant-Serial-Number"

type payIn struct {
	MSN    string `json:"msn"`
	Amount int    `json:"amount"`
}

type merchantInfo struct {
	MerchantSerialNumber string `json:"merchantSerialNumber"`
}

type payment struct {
	MerchantInfo merchantInfo `json:"merchantInfo"`
	Amount       int          `json:"amount"`
}

var client = &vippsclient.Client{}

// Positives: net/http.

func query(w http.ResponseWriter, r *http.Request) {
	msn := r.URL.Query().Get("msn")
	req, _ := http.NewRequest("POST", "https://api.vipps.no/epayment/v1/payments", nil)
	req.Header.Set("Merchant-Serial-Number", msn) // want `merchant-serial-number header set from request input \(r.URL\)`
}

func form(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	h[msnHeader] = []string{r.FormValue("msn")} // want `merchant-serial-number header set from request input \(r.FormValue\)`
}

func header(w http.ResponseWriter, r *http.Request) map[string]string { // want header:`returnsInput=true`
	return map[string]string{
		"Merchant-Serial-Number": r.Header.Get("X-Merchant"), // want `from request input \(r.Header\)`
	}
}

func decode(w http.ResponseWriter, r *http.Request) {
	var in payIn
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	p := payment{MerchantInfo: merchantInfo{MerchantSerialNumber: in.MSN}, Amount: in.Amount} // want `merchantSerialNumber field set from request input \(r.Body\)`
	_, _ = json.Marshal(p)
}

func unmarshal(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var in payIn
	_ = json.Unmarshal(b, &in)
	req, _ := http.NewRequest("POST", "https://api.vipps.no/epayment/v1/payments", nil)
	req.Header.Add(msnHeader, in.MSN) // want `from request input \(r.Body\)`
}

func cookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("msn")
	if err != nil {
		return
	}
	h := http.Header{msnHeader: {c.Value}} // want `from request input \(r.Cookie\)`
	_ = h
}

func pathValue(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.PathValue("msn"))
	h := http.Header{}
	h.Set(msnHeader, strconv.Itoa(n)) // want `from request input \(r.PathValue\)`
}

func structFlow(w http.ResponseWriter, r *http.Request) {
	in := payIn{MSN: r.FormValue("msn"), Amount: 100}
	h := http.Header{}
	h.Set(msnHeader, in.MSN) // want `from request input \(r.FormValue\)`
}

// Same-package helper: reported on the sink line.

func setMSN(h http.Header, v string) { // want setMSN:`paramSink=0x2`
	h.Set(msnHeader, v) // want `merchant-serial-number set from request input \(r.FormValue, passed to setMSN\)`
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	setMSN(http.Header{}, r.FormValue("msn"))
}

// Other packages, through facts.

func crossSource(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	h.Set(msnHeader, msnhelper.FromQuery(r)) // want `from request input \(r.URL via msnhelper.FromQuery\)`
}

func crossPassThrough(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	h.Set(msnHeader, msnhelper.Normalize(r.FormValue("msn"))) // want `from request input \(r.FormValue\)`
}

func crossSink(w http.ResponseWriter, r *http.Request) {
	_ = client.Pay(r.FormValue("msn"), 100)                   // want `request input \(r.FormValue\) reaches the merchant-serial-number through \(\*vippsclient.Client\).Pay`
	_, _ = vippsclient.Body(r.URL.Query().Get("merchant"), 1) // want `through vippsclient.Body`
	_ = vippsclient.Headers(r.Header.Get("X-Msn"))            // want `through vippsclient.Headers`
}

// Routers, matched by import path and method name.

func ginHandler(c *gin.Context) {
	h := http.Header{}
	h.Set(msnHeader, c.Query("msn")) // want `from request input \(gin Query\)`
	h.Set(msnHeader, c.Param("msn")) // want `from request input \(gin Param\)`
	var in payIn
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	_ = client.Pay(in.MSN, in.Amount) // want `request input \(gin ShouldBindJSON\) reaches`
}

func echoHandler(c echo.Context) error {
	h := http.Header{}
	h.Set(msnHeader, c.QueryParam("msn")) // want `from request input \(echo QueryParam\)`
	var in payIn
	if err := c.Bind(&in); err != nil {
		return err
	}
	h.Set(msnHeader, in.MSN) // want `from request input \(echo Bind\)`
	return nil
}

func chiHandler(w http.ResponseWriter, r *http.Request) {
	h := http.Header{}
	h.Set(msnHeader, chi.URLParam(r, "msn")) // want `from request input \(chi URLParam\)`
}

func muxHandler(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	h := http.Header{}
	h.Set(msnHeader, vars["msn"]) // want `from request input \(mux Vars\)`
}

func fiberHandler(c *fiber.Ctx) error {
	h := http.Header{}
	h.Set(msnHeader, c.Query("msn")) // want `from request input \(fiber Query\)`
	var in payIn
	if err := c.BodyParser(&in); err != nil {
		return err
	}
	p := payment{MerchantInfo: merchantInfo{MerchantSerialNumber: in.MSN}} // want `merchantSerialNumber field set from request input \(fiber BodyParser\)`
	_ = p
	return nil
}

// A format check is not an ownership check.
func formatChecked(w http.ResponseWriter, r *http.Request) {
	msn := r.FormValue("msn")
	if len(msn) < 4 || len(msn) > 7 {
		http.Error(w, "bad msn", http.StatusBadRequest)
		return
	}
	h := http.Header{}
	h.Set(msnHeader, msn) // want `from request input`
}

// Closures are analysed too.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("/pay", func(w http.ResponseWriter, r *http.Request) {
		h := http.Header{}
		h.Set(msnHeader, r.FormValue("msn")) // want `from request input \(r.FormValue\)`
	})
}

// Generic code must not trip the analysis.
func first[T any](xs []T) (T, bool) { // want first:`paramToReturn=0x1`
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func generic(w http.ResponseWriter, r *http.Request) {
	msn, _ := first([]string{r.FormValue("msn")})
	fixed, _ := first([]string{"212345"})
	h := http.Header{}
	h.Set(msnHeader, msn) // want `from request input \(r.FormValue\)`
	h.Set(msnHeader, fixed)
}
