package main

import "io"

// Owned by the history work (issues 4 and 7); replaced when it lands.

func cmdGit(_ []string, _, stderr io.Writer) int    { return notYet("git", stderr) }
func cmdStaged(_ []string, _, stderr io.Writer) int { return notYet("staged", stderr) }
