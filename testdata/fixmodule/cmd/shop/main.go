// Command shop pays with Vipps MobilePay.
package main

import (
	"fmt"

	"example.com/fixshop/vipps"
)

func main() {
	resp, err := vipps.Token(vipps.Default())
	fmt.Println(resp, err)
}
