package legacy

import (
	"fmt"
	"log"
	"net/http"
)

var kioskSubscriptionKey = "b24344f4402496eb54a54b2f287439e1"

// LogStartup reports which keys the kiosk uses.
func LogStartup() {
	log.Printf("kiosk using subscription key %s", kioskSubscriptionKey)
}

// Debug prints the pilot configuration for support staff.
func Debug(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "client_secret=%s\n", pilotClientSecret)
}
