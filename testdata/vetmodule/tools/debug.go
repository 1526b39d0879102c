// Package tools has a suppressed finding and a malformed directive.
package tools

import (
	"fmt"
	"os"
)

// Dump prints the secret on purpose.
func Dump() {
	//vippslint:ignore vipps-secret-logged local debugging tool, never deployed
	fmt.Println(os.Getenv("VIPPS_CLIENT_SECRET"))
	/* vippslint:ignore vipps-secret-logged */
	fmt.Println("done")
}
