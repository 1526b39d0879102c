// Package legacy is the first partner integration, kept for the old kiosk app.
package legacy

// Partner keys from the pilot, never moved to the environment.
const (
	pilotClientID     = "f79e24a2-3964-46e4-acde-fd36197f75bb"
	pilotClientSecret = "kJ3+zxV34SdTBTmQssGgmQySWT/1UqjlvgKSZnzkFqU="
)

// TokenForm is the body of the access token call.
func TokenForm() map[string]string {
	return map[string]string{"client_id": pilotClientID, "client_secret": pilotClientSecret}
}
