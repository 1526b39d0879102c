package vippsclient

// Pay is a stand-in.
func Pay() {}
