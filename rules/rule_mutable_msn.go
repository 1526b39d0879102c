package rules

func mutableMSNRule() Rule {
	return Rule{
		ID:               IDMutableMSN,
		Name:             "VippsMutableMSN",
		Short:            "merchant-serial-number taken from request input or merchant-editable settings",
		Full:             "The Merchant-Serial-Number header (or merchantInfo.merchantSerialNumber) picks the merchant a partner key acts for. Here its value comes from something a user or a merchant controls, so they can make the partner act on behalf of another merchant.",
		Level:            Error,
		Precision:        "medium",
		SecuritySeverity: "8.6",
		CWE:              []string{"CWE-639", "CWE-807"},
		Misuse:           true,
		Help: `# Merchant-Serial-Number from request input

With partner keys, the ` + "`Merchant-Serial-Number`" + ` (MSN) header decides which
merchant a call acts for. The Vipps MobilePay documentation lists "your
merchants have the ability to change their MSN" as a reason not to use
partner keys at all.

Vippslint reports an MSN header or body field whose value comes from request
input (query, form, body, headers, cookies, route values, ` + "`$_GET`" + `/` + "`$_POST`" + `,
` + "`[FromQuery]`" + `/` + "`[FromBody]`" + `, ` + "`@RequestParam`" + `, FastAPI ` + "`Query()`" + `, Rails ` + "`params`" + `)
and, in partner code, from settings a merchant edits (` + "`get_option`" + `). In
JavaScript, TypeScript, Python, PHP, C#, Java, Kotlin and Ruby the code is
parsed and the value followed through variables, destructuring, objects,
conversions and the functions of the file; an allowlist check, a comparison
with a constant or with the signed-in merchant's MSN, or a lookup keyed by
the input (` + "`Store.find(id)`" + `, ` + "`MSN_BY_MARKET[market]`" + `) clears it. Go and
other files get a line-level check.

Fix: derive the MSN on the server from the authenticated merchant (session,
database), or check it against the merchants the caller may act for:

` + "```js" + `
const msn = merchantsOf(req.user).get(req.params.shop); // server-side lookup
if (!msn) return res.sendStatus(403);
` + "```" + `
`,
		Positives: []Sample{
			{Path: "routes/pay.js", Line: 4, Parsed: true, Content: "// Vipps partner payments\napp.post('/pay', async (req, res) => {\n  const r = await fetch('https://api.vipps.no/epayment/v1/payments', {\n    headers: { 'Merchant-Serial-Number': req.query.msn, Authorization: `Bearer ${token}` },\n  });\n});\n"},
			{Path: "vipps/pay.php", Line: 4, Parsed: true, Content: "<?php\n$headers = [\n  'Authorization' => 'Bearer ' . $token,\n  'Merchant-Serial-Number' => $_POST['msn'],\n];\n"},
			{Path: "vipps/views.py", Line: 5, Parsed: true, Content: "def pay(request):\n    msn = request.args.get('msn')\n    headers = {'Ocp-Apim-Subscription-Key': settings.VIPPS_KEY}\n    # Vipps partner call\n    headers['Merchant-Serial-Number'] = msn\n"},
			{Path: "Controllers/VippsController.cs", Line: 4, Parsed: true, Content: "public async Task<IActionResult> Pay([FromQuery] string msn)\n{\n    var req = new HttpRequestMessage(HttpMethod.Post, \"https://api.vipps.no/epayment/v1/payments\");\n    req.Headers.Add(\"Merchant-Serial-Number\", msn);\n"},
		},
		Negatives: []Sample{
			{Path: "routes/pay.js", Content: "// Vipps partner payments\nconst msn = req.query.msn;\nif (!ALLOWED_MSNS.includes(msn)) return res.sendStatus(400);\nheaders['Merchant-Serial-Number'] = msn;\n"},
			{Path: "routes/pay.js", Content: "// Vipps partner payments\nconst headers = { 'Merchant-Serial-Number': req.user.merchant.msn };\n"},
			{Path: "vipps/pay.php", Content: "<?php\n$headers = ['Merchant-Serial-Number' => '212345'];\n$amount = $_POST['amount'];\n"},
			{Path: "vipps/client.go", Content: "package vipps\n\nfunc headers() map[string]string {\n\treturn map[string]string{\"Merchant-Serial-Number\": os.Getenv(\"VIPPS_MSN\")}\n}\n"},
		},
	}
}
