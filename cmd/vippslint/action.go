package main

import "io"

// Owned by the integrations work (issue 5); replaced when it lands.

func cmdAction(_ []string, _, stderr io.Writer) int { return notYet("action", stderr) }
