// Package plain imports nothing relevant: the analyzer skips it.
package plain

func Add(a, b int) int { return a + b }
