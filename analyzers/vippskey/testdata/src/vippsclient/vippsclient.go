package vippsclient

// Pay is a stand-in.
func Pay() {}

// Key is a string type of another package than its users.
type Key string
