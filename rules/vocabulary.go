package rules

import "strings"

// The misuse vocabulary: where request input comes from, which settings a
// merchant edits, which calls log, respond or store, and which words say a
// value is masked. One list each, shared by the file scanner (line-level and
// parsed checks) and the Go analyzers. All entries are lowercase.

// requestSources are request input in the common web stacks, as code text
// (lowercased). A value read from one of these is chosen by whoever sends
// the request.
var requestSources = []string{
	// Node (Express, Koa, Fastify, Next), browser URLs
	"req.query", "req.body", "req.params", "req.headers", "req.cookies", "req.get(", "req.param(", "req.header(",
	"ctx.query", "ctx.request.body", "ctx.params", "ctx.request.query", "request.query", "request.body",
	"ctx.cookies", "ctx.get(", "ctx.headers", "ctx.request.headers", "ctx.querystring", "await cookies()",
	"await headers()", "cookies().get(", "headers().get(", "cookies()", "headers()",
	"request.params", "request.payload", "searchparams.get(", "event.querystringparameters", "event.pathparameters", "event.body",
	"formdata.get(", "await request.json()", "req.nexturl.searchparams",
	// PHP (plain, Laravel, Symfony, Magento, PrestaShop)
	"$_get", "$_post", "$_request", "$_cookie", "$_server['http_", "$request->input(", "$request->get(",
	"$request->query->", "$request->request->", "$request->headers->", "$request->cookies->",
	"$request->attributes->", "request('", "request(\"", "$request->json(", "$request->all(", "$request->cookie(",
	"$request->string(", "$request->integer(", "$request->validated(", "$request->safe(", "$request->only(",
	"$request->query(", "$request->post(", "$request->header(", "$request->route(", "request()->", "input::get(",
	"$this->request->getparam(", "$this->getrequest()->getparam(", "tools::getvalue(", "filter_input(",
	// Python (Flask, Django, FastAPI)
	"request.args", "request.form", "request.json", "request.get_json", "request.values", "request.data",
	"request.get[", "request.post[", "request.get.get(", "request.post.get(", "request.cookies", "request.headers",
	"request.meta", "request.query_params", "request.path_params",
	// ASP.NET, Java
	"request.querystring", "request.form[", "httpcontext.request", "[fromquery", "[frombody", "[fromform",
	"[fromheader", "[fromroute", "@requestparam", "@pathvariable", "@requestheader", "@requestbody",
	".getparameter(", ".getheader(", ".getparametervalues(", ".getcookies(",
	// Ruby, Go
	"params[", "params.fetch(", "params.require(", "cookies[", "c.query(", "c.param(", "c.postform(", "c.getheader(",
	"r.url.query()", "r.formvalue(", "r.postformvalue(", "r.header.get(", "r.pathvalue(", "mux.vars(", "chi.urlparam(",
	"c.queryparam(", "c.formvalue(", "c.params(", "c.bodyparser(", "c.shouldbind", "c.bind(", "c.cookie(",
	// Ktor, and the URL of a Fetch API request (new URL(request.url))
	"call.parameters", "call.request.", "call.receive", "request.url", "req.url", "request.nexturl",
	"request.formdata(",
	// Spring WebFlux functional routes (ServerRequest)
	"req.queryparam(", "request.queryparam(", "req.pathvariable(", "request.pathvariable(", "req.headers()",
	"request.headers()", "req.awaitbody", "request.awaitbody", "req.bodytomono(", "request.bodytomono(",
}

// RequestSources returns the request-input code fragments (lowercase).
func RequestSources() []string { return clone(requestSources) }

// merchantSettings are settings a merchant edits in a plugin or portal.
var merchantSettings = []string{
	"get_option(", "->get_option(", "$this->settings[", "configuration::get(", "scopeconfig->getvalue(",
	"getstoreconfig(", "merchant.settings", "shop.settings", "store.settings", "tenant.settings",
	"merchantsettings", "shopsettings", "get_theme_mod(",
}

// MerchantSettings returns the code fragments that read a setting a merchant
// edits (lowercase).
func MerchantSettings() []string { return clone(merchantSettings) }

// requestParamMarks, in the text of a handler's parameter (lowercase), say
// that the framework binds it from the request: ASP.NET [FromQuery],
// Spring @RequestParam, JAX-RS @QueryParam, NestJS @Query('msn'), FastAPI
// msn: str = Query(...) or Annotated[str, Header()].
var requestParamMarks = []string{
	"[fromquery", "[frombody", "[fromform", "[fromheader", "[fromroute", "@requestparam", "@pathvariable",
	"@requestheader", "@requestbody", "@cookievalue", "@requestpart", "@queryparam", "@pathparam",
	"@headerparam", "@formparam", "@cookieparam", "@query(", "@param(", "@body(", "@headers(",
	"query(", "header(", "path(", "body(", "form(", "cookie(",
}

// IsRequestParam reports whether a parameter's code text says the
// framework fills it from the request.
func IsRequestParam(param string) bool {
	p := strings.ToLower(param)
	for _, m := range requestParamMarks {
		for off := 0; ; {
			i := strings.Index(p[off:], m)
			if i < 0 {
				break
			}
			i += off
			off = i + len(m)
			// query( must be a call of its own, not fetch_query(
			if m[0] == '@' || m[0] == '[' || i == 0 || !isNameByte(p[i-1]) && p[i-1] != '.' {
				return true
			}
		}
	}
	return false
}

func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// serverParams are handler parameters the server fills, not the caller
// (FastAPI and Flask pass the others from the path, query or body).
var serverParams = []string{
	"self", "cls", "request", "req", "db", "session", "settings", "user", "current_user", "background_tasks",
	"response", "config", "cfg", "args", "kwargs", "websocket",
}

// IsServerParam reports whether a route handler's parameter of this name
// is filled on the server.
func IsServerParam(name string) bool { return contains(serverParams, strings.ToLower(name)) }

// serverMarks in a parameter's text say the server resolves it
// (FastAPI's Depends and Security).
var serverMarks = []string{"depends(", "security("}

// IsServerResolved reports whether a parameter's code text says the server
// resolves it.
func IsServerResolved(param string) bool {
	p := strings.ToLower(param)
	for _, m := range serverMarks {
		if strings.Contains(p, m) {
			return true
		}
	}
	return false
}

// requestEventFields are the fields of the request event that SvelteKit,
// Remix and Astro handlers destructure ({ params, request, url, cookies }):
// request input.
var requestEventFields = []string{"params", "url", "cookies", "query", "searchparams"}

// IsRequestEventField reports whether a name destructured from a request
// event is request input.
func IsRequestEventField(name string) bool {
	return contains(requestEventFields, strings.ToLower(name))
}

// inputConversions convert or clean a value and keep it: request input
// that passes through one is still request input.
var inputConversions = []string{
	"int", "str", "string", "number", "parseint", "parsefloat", "intval", "strval", "trim", "strip", "tostring",
	"to_s", "to_i", "to_str", "toint", "tolong", "tointornull", "tolongornull", "valueof", "parse", "parselong",
	"toint32", "toint64", "sanitize_text_field", "sanitize_key", "wp_unslash", "absint", "filter_var",
	"htmlspecialchars", "strip_tags", "stripslashes", "urldecode", "decodeuricomponent", "escape", "url",
	"lower", "upper", "tolowercase", "touppercase", "strtolower", "strtoupper", "tolower", "toupper",
}

// IsInputConversion reports whether a call named name (the callee's last
// name) passes the request input in its arguments on: a conversion or a
// cleaning (int, String, sanitize_text_field). Other calls with request
// input as an argument choose something by it (a lookup) and do not.
func IsInputConversion(name string) bool { return contains(inputConversions, strings.ToLower(name)) }

// allowCalls check a value against a list: an allowlist check when the
// list is the server's own (ALLOWED_MSNS.includes(msn), in_array($msn, $ok)).
var allowCalls = []string{
	"includes", "include?", "in_array", "contains", "containskey", "has", "haskey", "has_key", "key?",
	"array_key_exists", "indexof", "member?", "isin", "containsvalue",
}

// IsAllowCall reports whether a call named name checks membership in a list.
func IsAllowCall(name string) bool { return contains(allowCalls, strings.ToLower(name)) }

// allowWords in a function's name say it checks that the caller may act
// for a value (isAllowed, permitted, belongsTo, canActFor).
var allowWords = []string{"allow", "permit", "authori", "belong", "owns", "owned", "member", "whitelist", "canactfor", "mayactfor"}

// AllowWords returns the words (lowercase) that, in a function's name, say it
// checks ownership or membership.
func AllowWords() []string { return clone(allowWords) }

// NameChecksAllow reports whether a function's name says it checks
// ownership or membership.
func NameChecksAllow(name string) bool {
	l := strings.ToLower(name)
	for _, w := range allowWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// allowMarkers on a line of code that mentions a variable say it is
// checked against an allowlist (the line-level MSN check, for the languages
// vippslint does not parse).
var allowMarkers = []string{
	"includes(", "in_array(", "array_key_exists(", "isset($", " in ", ".contains(", "containskey(", ".has(",
	"indexof(", "allowed", "allowlist", "whitelist", "permitted", "authorized", "authorised", "canactfor",
	"belongsto", "owns", "slices.contains(",
}

// AllowMarkers returns the line fragments (lowercase) that check a value
// against an allowlist.
func AllowMarkers() []string { return clone(allowMarkers) }

// lineLookups are lookups the line-level MSN check knows besides
// lookupCalls: merchants.get(req.query.shop) picks a record. The parsed
// checks tell these from a read of the input (request.args.get('msn')) by
// their receiver, so they are not in lookupCalls.
var lineLookups = []string{"get", "first", "getordefault"}

// IsLineLookup reports whether, on a line of code, a call named name looks
// a record up by its arguments.
func IsLineLookup(name string) bool {
	return contains(lineLookups, strings.ToLower(name)) || IsLookupCall(name)
}

// ownerWords in a lookup's arguments say it is scoped to the signed-in
// user: Store.findFirst({ where: { msn, ownerId: req.user.id } }) finds
// only the caller's own store, an ownership check.
var ownerWords = []string{"user", "owner", "session", "account", "tenant", "principal", "claims", "current_", "currentuser", "auth"}

// NamesOwner reports whether code text names the signed-in user or owner.
func NamesOwner(code string) bool {
	l := strings.ToLower(code)
	for _, w := range ownerWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// recordWrites store a server-side record (an ORM's create or update):
// the fields of the object they get are kept, not sent to Vipps.
var recordWrites = []string{
	"create", "create!", "insert", "insertone", "insertmany", "save", "update", "update!", "updateone",
	"upsert", "bulkcreate", "findoneandupdate", "update_or_create", "get_or_create", "update_attributes",
	"assign_attributes", "fill", "firstorcreate", "updateorcreate", "persist",
}

// IsRecordWrite reports whether a call named name stores a record.
func IsRecordWrite(name string) bool { return contains(recordWrites, strings.ToLower(name)) }

// lookupCalls are methods whose result is a server-side record or table
// entry chosen by their argument, not the argument itself; lookupPrefixes
// start the names of more of them.
var (
	lookupCalls = []string{
		"find", "findone", "findbyid", "findbypk", "findunique", "findfirst", "findorfail", "firstorfail",
		"where", "get_object_or_404", "get_or_404", "lookup", "load", "fetch_by", "find_by", "find_by!", "filter",
		"getvalueordefault", "trygetvalue", "byid", "filter_by", "objects",
	}
	lookupPrefixes = []string{"find", "lookup", "filter", "where", "get_object", "select", "search", "query", "fetch_"}
)

// IsLookupCall reports whether a call named name looks a record up by its
// arguments (Store.findOne, merchants.get_object_or_404, filter_by).
func IsLookupCall(name string) bool {
	n := strings.ToLower(name)
	if contains(lookupCalls, n) {
		return true
	}
	for _, p := range lookupPrefixes {
		if strings.HasPrefix(n, p) {
			return true
		}
	}
	return false
}

// logCalls start a logging, printing or error call, as code text.
var logCalls = []string{
	"console.log(", "console.info(", "console.debug(", "console.warn(", "console.error(", "console.trace(",
	"logger.", "logging.", "log.print", "log.fatal", "log.panic", "log.info", "log.debug", "log.warn",
	"log.error", "log.d(", "log.i(", "log.e(", "log.w(", "log.v(", "print(", "println(", "printf(",
	"fmt.print", "fmt.fprint", "error_log(", "var_dump(", "print_r(", "syslog(", "puts ", "rails.logger",
	"system.out.print", "system.err.print", "console.writeline(", "debug.writeline(", "trace.write",
	"_logger.", "log.", "timber.", "nslog(", "os_log(", "debugprint(", "winston.", "slog.", "echo ",
	"printf ", "throw new ", "raise ", "panic(", "new exception(", "errors.new(", "fmt.errorf(",
	"std::cout", "console.dir(", "logd(", "logger->", "$log->", "->log(", "wc_get_logger", "->debug(",
	"log::", "logger::", "logger.log(", "monolog", "\\log::",
	"->info(", "->error(", "->warning(",
}

// LogCalls returns code fragments that start a log, print or error call.
func LogCalls() []string { return clone(logCalls) }

// logFuncs are the last name of a call that prints or logs its arguments,
// whatever it is called on (print, puts, error_log, Console.WriteLine).
var logFuncs = []string{
	"print", "println", "printf", "pprint", "puts", "p", "pp", "echo", "error_log", "var_dump", "print_r",
	"var_export", "syslog", "writeline", "write", "nslog", "debugprint", "dump", "dd", "warn", "die",
}

// logReceivers are words in the name of the object a logging method is
// called on (logger.info, Log::info, _logger.LogInformation, console.log).
var logReceivers = []string{"log", "console", "timber", "winston", "pino", "bunyan", "sentry", "debug", "trace", "system.out", "system.err"}

// logMethods are methods that log their arguments when called on a
// logging receiver.
var logMethods = []string{
	"log", "info", "debug", "warn", "warning", "error", "fatal", "trace", "critical", "exception", "notice",
	"verbose", "alert", "emergency", "print", "println", "printf", "write", "writeline", "dir", "table",
	"i", "d", "e", "w", "v", "wtf", "loginformation", "logdebug", "logwarning", "logerror", "logcritical",
	"logtrace", "add", "addbreadcrumb", "capturemessage", "severe", "fine", "finer", "finest", "config",
}

// IsLogCall reports whether a call, given as its callee's code text
// (console.log, $this->logger->info, Log::info, print), logs or prints its
// arguments.
func IsLogCall(callee string) bool {
	recv, name := splitCallee(strings.ToLower(callee))
	if recv == "" {
		return contains(logFuncs, name) || strings.HasPrefix(name, "log") && len(name) <= 6
	}
	for _, r := range logReceivers {
		if strings.Contains(lastPart(recv), r) && contains(logMethods, name) {
			return true
		}
	}
	return (recv == "console" || strings.HasSuffix(recv, ".console") || recv == "system.out" || recv == "system.err" || recv == "fmt" || recv == "kernel" || recv == "$stdout" || recv == "$stderr" || recv == "stdout" || recv == "stderr") && contains(logFuncs, name)
}

// responseCalls write an HTTP response, as code text.
var responseCalls = []string{
	"res.json(", "res.send(", "res.end(", "res.write(", "response.json(", "response.send(", "response.write(",
	"nextresponse.json(", "new response(", "jsonresponse(", "httpresponse(", "jsonify(", "json_encode(",
	"wp_send_json", "return ok(", "return json(", "return new jsonresult(", "render json:", "ctx.body =",
	"reply.send(", "c.json(", "w.write(", "json.newencoder(w)", "return response()->json(", "response()->json(",
	"res.status(", "response.ok(", "responseentity.ok(", "return json(", "json({", "=> ok(", "ok(new ",
	"results.ok(", "results.json(", "typedresults.ok(",
}

// ResponseCalls returns code fragments that write an HTTP response.
func ResponseCalls() []string { return clone(responseCalls) }

// responseFuncs are call names (the last name of the callee, lowercase)
// that write their arguments into an HTTP response, and responseReceivers
// the objects whose json/send/write methods do.
var (
	responseFuncs = []string{
		"jsonify", "jsonresponse", "httpresponse", "wp_send_json", "wp_send_json_success", "wp_send_json_error",
		"ok", "json", "jsonresult", "okobjectresult", "contentresult", "created", "accepted", "render_json",
		"send_json", "make_response", "streamingresponse", "plaintextresponse", "htmlresponse", "response", "render",
	}
	responseReceivers = []string{"res", "response", "resp", "reply", "ctx", "c", "nextresponse", "results", "typedresults", "responseentity", "context.response", "httpcontext.response", "rsp", "h"}
	responseMethods   = []string{"json", "send", "end", "write", "jsonp", "ok", "status", "body", "writeasjsonasync", "writeasync", "html", "render", "success", "code"}
)

// IsResponseCall reports whether a call, given as its callee's code text
// (res.json, jsonify, Results.Ok, NextResponse.json, wp_send_json), puts its
// arguments into an HTTP response. The fetch client's res.json() has no
// arguments, so callers pass only calls with arguments.
func IsResponseCall(callee string) bool {
	recv, name := splitCallee(strings.ToLower(callee))
	if recv == "" {
		return contains(responseFuncs, name)
	}
	// res.status(200).json(x): the receiver is itself a call on res.
	if i := strings.IndexByte(recv, '('); i >= 0 {
		recv = recv[:i]
		if j := strings.LastIndexAny(recv, ".>"); j >= 0 {
			recv = recv[:j]
		}
	}
	recv = strings.TrimPrefix(strings.TrimPrefix(recv, "$"), "this.")
	return contains(responseReceivers, recv) && contains(responseMethods, name) || name == "json" && strings.HasSuffix(recv, "response")
}

// storageCalls keep a value where the user of a browser or phone can read
// it, as code text.
var storageCalls = []string{
	"localstorage.setitem(", "sessionstorage.setitem(", "localstorage[", "sessionstorage[", "document.cookie",
	"asyncstorage.setitem(", "sharedpreferences", "userdefaults", "securestorage", "preferences.edit(",
	".putstring(", "prefs.setstring(", ".setstring(", "keychain", "datastore.edit",
}

// StorageCalls returns code fragments that keep a value in browser or app
// storage.
func StorageCalls() []string { return clone(storageCalls) }

// storageObjects are words in the names of app and browser storage objects.
var storageObjects = []string{"prefs", "preferences", "edit()", "editor", "userdefaults", "keychain", "securestorage", "datastore", "localstorage", "sessionstorage", "asyncstorage"}

// IsStorageCall reports whether a call, given as its callee's code text,
// writes browser storage (localStorage.setItem, AsyncStorage.setItem).
func IsStorageCall(callee string) bool {
	recv, name := splitCallee(strings.ToLower(callee))
	recv = strings.TrimPrefix(recv, "window.")
	switch name {
	case "putstring", "setstring", "setstringasync", "write", "setvalue", "set":
		// SharedPreferences, UserDefaults, Keychain, flutter_secure_storage
		for _, s := range storageObjects {
			if strings.Contains(recv, s) {
				return true
			}
		}
	}
	switch recv {
	case "localstorage", "sessionstorage", "asyncstorage", "securestore", "cookies", "js-cookie":
		return name == "setitem" || name == "set" || name == "setitemasync"
	}
	return false
}

// maskWords in the name of a function or method say that it masks,
// measures or checks its argument instead of passing it on.
var maskWords = []string{
	"mask", "redact", "obfuscat", "hash", "sha", "hmac", "sign", "encrypt", "fingerprint", "truncat",
	"last4", "lastfour", "censor", "hide", "scrub", "sanitiz", "digest", "md5", "crc",
}

// MaskWords returns the words (lowercase) that, in a function's name, say it
// masks its argument.
func MaskWords() []string { return clone(maskWords) }

// measureFuncs return something about a value, never the value: a length,
// a presence test, a comparison, a prefix test, a name.
var measureFuncs = []string{
	"len", "length", "strlen", "count", "size", "bool", "boolean", "isset", "empty", "is_null", "is_string",
	"isnull", "isnullorempty", "isnullorwhitespace", "isempty", "isblank", "isnotempty", "isnotblank",
	"nonempty", "present?", "blank?", "nil?", "empty?", "any?", "nameof", "typeof", "type", "startswith",
	"endswith", "starts_with", "ends_with", "start_with?", "end_with?", "includes", "contains", "indexof",
	"equals", "compare", "has", "hasownproperty", "exists", "defined", "isdefined", "is_a", "instanceof",
	"isinstance", "hasattr", "getattr?", "slice", "substring", "substr", "take", "takelast", "takeright",
	"right", "left", "last", "first", "mb_substr", "str_repeat", "repeat", "padstart", "padend", "preview",
	"str_pad", "ljust", "rjust", "replace", "replaceall", "gsub", "sub", "tr", "mask", "keys", "len?", "not",
}

// IsMeasure reports whether a call named name (the callee's last name,
// any case) returns something about its argument (a length, a presence
// test, a slice, a masked copy) rather than the argument.
func IsMeasure(name string) bool {
	n := strings.ToLower(strings.TrimPrefix(name, "$"))
	if contains(measureFuncs, n) {
		return true
	}
	for _, w := range maskWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// maskMarkers on a line of code mean the secret on it is masked, measured
// or tested, not printed (the line-level checks of languages vippslint does
// not parse).
var maskMarkers = []string{
	"slice(-4", "slice(-", "substr(", "substring(", "[-4:]", "[-4", "[:4]", ".length", "len(", "count(",
	"mask", "redact", "***", "str_repeat(", ".repeat(", "repeat(", "boolean(", "!!", "bool(", "slice(0,",
	"substring(0,", "substr(0,", "[0:", "[:6]", "[:8]", "fingerprint", "digest(", "hashlib", "preview", ".take(",
	"takelast(", "isnotblank", "isnotempty", "isnullorwhitespace", "right(", "last(4",
	"is not none", "is none", "isset(", "empty(", "strlen(", "hash(", "sha256", "last4", "lastfour",
	"!= null", "!== undefined", "=== undefined", "== null", "? '", "? \"", "isnullorempty", "nonempty",
	"!= \"\"", "== \"\"", "!= ''", "== ''", "!== ''", "=== ''", "isempty", "is_empty", "isblank", ".present?", ".blank?",
	"[ -n ", "[ -z ", "-n \"$", "-z \"$", "&& echo", "|| echo",
	// Shell parameter expansion: a length, or a substring of a few characters.
	"${#", ": -4}", ": -6}", ": -8}", ":0:4}", ":0:6}", ":0:8}",
}

// MaskMarkers returns the line fragments (lowercase) that say a value on a
// line of code is masked or measured.
func MaskMarkers() []string { return clone(maskMarkers) }

// configRoots are the objects whose properties are settings: a property of
// one of these named like a Vipps credential is a credential source.
var configRoots = []string{
	"process.env", "import.meta.env", "env", "os.environ", "environ", "os.getenv", "getenv", "environment",
	"settings", "config", "cfg", "conf", "configuration", "options", "opts", "option", "this", "self", "$this",
	"@", "credentials", "secrets", "vault", "app.config", "current_app.config", "rails.application.credentials",
	"_config", "_options", "_opts", "_cfg", "_settings", "props", "params", "appsettings", "properties", "props", "keys",
}

// IsConfigRoot reports whether a name (lowercase, the part of a member
// chain before the property) is an object that holds settings: process.env,
// settings, this, self, $this->settings, _options.Value.
func IsConfigRoot(root string) bool {
	r := strings.TrimPrefix(strings.ToLower(root), "$")
	r = strings.ReplaceAll(r, "->", ".")
	r = strings.ReplaceAll(r, "::", ".")
	for _, c := range configRoots {
		c = strings.TrimPrefix(c, "$")
		if r == c || strings.HasSuffix(r, "."+c) || strings.HasPrefix(r, c+".") || strings.HasSuffix(r, c) && len(c) > 4 {
			return true
		}
	}
	return strings.Contains(r, "config") || strings.Contains(r, "setting") || strings.Contains(r, "option") || strings.Contains(r, "env")
}

// configGetters are calls that read a setting by a name given as their
// first argument: getenv('X'), config('vipps.secret'), get_option('x').
var configGetters = []string{
	"getenv", "env", "get_env", "config", "get_option", "getoption", "option", "setting", "settings",
	"getsetting", "getvalue", "getproperty", "getparameter", "getenvironmentvariable", "fetch", "get",
	"getstring", "getconfig", "get_config", "getconfigvalue", "getstoreconfig", "configuration::get",
	"credential", "credentials", "secret", "getsecret", "get_secret", "required", "require", "value", "str",
	"string", "int", "bool",
}

// IsConfigGetter reports whether a call named name (the callee's last name)
// reads a setting by the name in its first argument.
func IsConfigGetter(name string) bool { return contains(configGetters, strings.ToLower(name)) }

// talkSignals in a file's lowercased text say that it calls the Vipps
// MobilePay API: its hosts, API paths and headers. Generic credential names
// (clientSecret, SUBSCRIPTION_KEY) count as Vipps credentials only there.
var talkSignals = []string{
	"vipps.no", "mobilepay.dk", "mobilepay.fi", "mobilepay.eu", "/accesstoken/get", "/miami/v1/token",
	"/epayment/v1", "/ecomm/v2", "/recurring/v", "/checkout/v", "/webhooks/v1", "/agreements", "/qr/v1",
	"merchant-serial-number", "vipps-system-name", "vipps-system-version", "ocp-apim-subscription-key",
}

// TalksToVipps reports whether a file (its lowercased text, its path) is a
// unit of code that calls the Vipps MobilePay API: it names a Vipps host, API
// path or header, or its path says Vipps or MobilePay.
func TalksToVipps(lower []byte, path string) bool {
	lp := strings.ToLower(path)
	if strings.Contains(lp, "vipps") || strings.Contains(lp, "mobilepay") {
		return true
	}
	s := string(lower)
	for _, t := range talkSignals {
		if strings.Contains(s, t) {
			return t != "ocp-apim-subscription-key" || strings.Contains(s, "vipps") || strings.Contains(s, "mobilepay")
		}
	}
	return false
}

// tokenEndpoints are the Vipps token APIs; the access_token of their
// response is a Vipps access token.
var tokenEndpoints = []string{"/accesstoken/get", "/miami/v1/token"}

// TokenEndpoint returns the Vipps token API that lowercased text calls, or "".
func TokenEndpoint(lower []byte) string {
	s := string(lower)
	for _, t := range tokenEndpoints {
		if strings.Contains(s, t) {
			return t
		}
	}
	return ""
}

// notVippsRoots are objects whose client_secret or token is another
// product's by design: a Stripe PaymentIntent's client secret belongs in the
// browser, a Checkout session token is public.
var notVippsRoots = []string{"paymentintent", "setupintent", "intent", "stripe", "session", "checkoutsession", "idtoken", "id_token", "csrf", "user", "jwt"}

// IsNotVippsRoot reports whether a member chain's root (any case) is an
// object whose secrets are not Vipps's.
func IsNotVippsRoot(root string) bool {
	r := Normalize(root)
	for _, n := range notVippsRoots {
		if strings.Contains(r, Normalize(n)) {
			return true
		}
	}
	return false
}

// notSecretWords in a name say it holds something other than a key, even
// when it says vipps and key (vipps_idempotency_key, vippsPublicKey).
var notSecretWords = []string{
	"idempotency", "public", "publishable", "orderkey", "cachekey", "lockkey", "sessionkey", "storagekey",
	"prefkey", "keyid", "reference", "nonce", "checkout", "session", "idtoken", "csrf", "frontend",
	// A name that says its value is encrypted or hashed holds no secret in
	// the clear (vipps_client_secret_encrypted, secretHash).
	"encrypted", "ciphertext", "hashed", "secrethash", "keyhash",
}

// NameIsNotSecret reports whether a normalized name holds something other
// than a Vipps secret despite its words.
func NameIsNotSecret(n string) bool {
	for _, w := range notSecretWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// splitCallee splits a callee's code text into its receiver and its last
// name: "this.logger.info" -> ("this.logger", "info"), "Log::info" ->
// ("log", "info"), "print" -> ("", "print").
func splitCallee(c string) (recv, name string) {
	c = strings.TrimSpace(c)
	c = strings.TrimPrefix(c, "new ")
	c = strings.TrimPrefix(c, "await ")
	c = strings.ReplaceAll(c, "?.", ".")
	c = strings.ReplaceAll(c, "->", ".")
	c = strings.ReplaceAll(c, "::", ".")
	c = strings.TrimPrefix(c, "\\")
	c = strings.ReplaceAll(c, "\\", ".")
	// Type arguments are no part of the name: config.get<string>,
	// GetValue<string>, new Dictionary<string, string>.
	if strings.HasSuffix(c, ">") {
		if i := strings.IndexByte(c, '<'); i > 0 {
			c = c[:i]
		}
	}
	if i := strings.LastIndexByte(c, '.'); i >= 0 {
		return strings.TrimSpace(c[:i]), strings.TrimSpace(c[i+1:])
	}
	return "", c
}

// CalleeName returns the last name of a callee's code text (info in
// $this->logger->info).
func CalleeName(callee string) string {
	_, n := splitCallee(callee)
	return n
}

func lastPart(recv string) string {
	if i := strings.LastIndexByte(recv, '.'); i >= 0 {
		return recv[i+1:]
	}
	return recv
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func clone(s []string) []string { return append([]string(nil), s...) }

// ContainerOp is what a method does to the container it is called on.
type ContainerOp int

// The container operations the parsed checks follow.
const (
	ContainerNone   ContainerOp = iota
	ContainerPut                // headers.set("Ocp-Apim-Subscription-Key", key): one key in
	ContainerMerge              // copy.putAll(headers): every key of the argument in
	ContainerRemove             // copy.remove("client_secret"): one key out
)

// containerPuts, containerMerges and containerRemoves are the methods of
// maps, dicts, header collections and form bodies, by their last name
// (lowercase), that change the container in place.
var (
	containerPuts = []string{
		"put", "set", "add", "append", "setdefault", "putifabsent", "tryadd", "setheader", "addheader",
		"set_header", "add_header", "store", "offsetset",
	}
	containerMerges  = []string{"putall", "update", "addall", "extend", "merge!", "update!", "array_push"}
	containerRemoves = []string{
		"remove", "delete", "pop", "unset", "removeheader", "remove_header", "delete_header", "except!",
		"offsetunset",
	}
)

// ContainerOpOf says what a method named name (the callee's last name, any
// case) does to its receiver.
func ContainerOpOf(name string) ContainerOp {
	n := strings.ToLower(name)
	switch {
	case contains(containerPuts, n):
		return ContainerPut
	case contains(containerMerges, n):
		return ContainerMerge
	case contains(containerRemoves, n):
		return ContainerRemove
	}
	return ContainerNone
}
