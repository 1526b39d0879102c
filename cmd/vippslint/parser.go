package main

import (
	"github.com/vippslint/vippslint/scanner/misuse"
	"github.com/vippslint/vippslint/scanner/report"
)

// withParserNotice adds, once per scan, the notice that the parsed misuse
// checks are off in a binary built without cgo.
func withParserNotice(ns []report.Notice) []report.Notice {
	if misuse.Enabled {
		return ns
	}
	return append([]report.Notice{{Level: "warning", Message: misuse.NoticeNoCgo}}, ns...)
}
