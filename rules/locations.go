package rules

import (
	"path"
	"strings"
)

// PublicEnvPrefixes are environment variable prefixes that front-end build
// tools inline into the browser or app bundle.
var publicEnvPrefixes = []string{
	"NEXT_PUBLIC_", "REACT_APP_", "VITE_", "EXPO_PUBLIC_", "PUBLIC_", "NUXT_PUBLIC_", "GATSBY_",
	"VUE_APP_", "NG_APP_", "STORYBOOK_", "SNOWPACK_PUBLIC_",
}

// PublicEnvPrefix returns the browser-public prefix of an env var name, or "".
func PublicEnvPrefix(name string) string {
	u := strings.ToUpper(name)
	for _, p := range publicEnvPrefixes {
		if strings.HasPrefix(u, p) {
			return p
		}
	}
	return ""
}

// clientDirs are path segments whose files ship to a browser or phone.
var clientDirs = map[string]string{
	"public": "a public web folder", "static": "a static web folder", "wwwroot": "a public web folder",
	"www": "a public web folder", "assets": "bundled assets", "frontend": "front-end code",
	"web-client": "client-side code", "browser": "browser code",
	"spa": "a single-page app", "android": "an Android app", "ios": "an iOS app",
	"mobile": "a mobile app", "flutter": "a Flutter app", "app-mobile": "a mobile app",
}

// ClientSide returns why a path ships to a browser or a phone, or "".
// p is slash-separated and relative.
func ClientSide(p string) string {
	base := path.Base(p)
	ext := strings.ToLower(path.Ext(base))
	switch {
	case ext == ".plist":
		return "an iOS property list"
	case ext == ".dart":
		return "a Flutter/Dart app"
	case ext == ".xcconfig":
		return "an iOS build configuration"
	case ext == ".swift" || ext == ".m":
		return "an iOS app"
	case strings.Contains(p, "/res/values") || strings.HasPrefix(p, "res/values"):
		return "Android resources"
	case ext == ".vue" || ext == ".svelte":
		return "a front-end component"
	}
	lp := strings.ToLower(p)
	if ext == ".jsx" || ext == ".tsx" {
		// React components run in the browser, except Next.js server
		// components (app/ without "use client") and pages with server code.
		for _, s := range strings.Split(lp, "/") {
			if s == "app" || s == "pages" || s == "api" || s == "server" {
				return ""
			}
		}
		return "a front-end component"
	}
	if strings.Contains(lp, "src/environments/environment") {
		return "an Angular environment file, compiled into the browser bundle"
	}
	if strings.Contains(lp, "src/main/assets/") || strings.Contains(lp, "/app/src/main/java/") || strings.Contains(lp, "/app/src/main/kotlin/") {
		return "an Android app"
	}
	segs := strings.Split(lp, "/")
	for _, s := range segs[:len(segs)-1] {
		if why, ok := clientDirs[s]; ok {
			return why
		}
	}
	return ""
}

// ClientDirective returns why a file's own text marks it client-side ("use
// client" of React server components), or "".
func ClientDirective(firstLines []byte) string {
	s := string(firstLines)
	if strings.Contains(s, `"use client"`) || strings.Contains(s, `'use client'`) {
		return `a "use client" module`
	}
	return ""
}
