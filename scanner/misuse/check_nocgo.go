//go:build !cgo

package misuse

// Enabled reports whether the parsed checks run: not in a binary built
// without cgo, which has no parser.
const Enabled = false

// Check reports nothing without a parser, but still says which lines the
// parsed checks would have covered, so that the line-level checks do not
// take their place.
func Check(in Input) Result {
	if len(in.Content) > MaxParseBytes {
		return Result{}
	}
	return Result{Covered: covered(in)}
}
