package main

import "io"

// Owned by the Go analyzers work (issue 3); replaced when it lands.

func cmdAnalyze(_ []string, _, stderr io.Writer) int { return notYet("analyze", stderr) }
