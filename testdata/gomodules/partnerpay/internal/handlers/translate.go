package handlers

import (
	"encoding/json"
	"log"
	"net/http"
)

// TranslateDescription translates a payment description for the customer's
// language before it is shown on the landing page.
func (h *Handler) TranslateDescription(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Text string `json:"text"`
		To   string `json:"to"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.Text == "" {
		http.Error(w, "text is required", http.StatusBadRequest)
		return
	}
	if in.To != "nb" && in.To != "da" && in.To != "fi" && in.To != "sv" && in.To != "en" {
		http.Error(w, "unsupported language", http.StatusBadRequest)
		return
	}
	text, err := h.Translator.Translate(r.Context(), in.Text, in.To)
	if err != nil {
		log.Printf("translate: %v", err)
		http.Error(w, "translation unavailable", http.StatusBadGateway)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"text": text})
}
