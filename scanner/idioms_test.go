package scanner

import (
	"fmt"
	"testing"

	"github.com/vippslint/vippslint/rules"
	"github.com/vippslint/vippslint/scanner/misuse"
)

// idiom is one way real code writes (or does not write) a Vipps key. line
// is where the finding must be; 0 means the rule must not be reported.
type idiom struct {
	path, content, rule string
	line                int
}

// The keys below are random fakes generated for these tests.
var idioms = []idiom{
	// env-mismatch needs names that say the environment; tests, mocks and
	// comments never count (issue 10's false-positive classes).
	{"services/config_prod.py", "VIPPS_ENVIRONMENT = \"production\"\nVIPPS_BASE_URL = \"https://apitest.vipps.no\"\n", rules.IDEnvMismatch, 2},
	{"services/config_local.py", "VIPPS_ENVIRONMENT = \"local\"\nVIPPS_BASE_URL = \"https://apitest.vipps.no\"\n", rules.IDEnvMismatch, 0},
	{"tests/test_config.py", "def test_base():\n    assert get_base_url() == \"https://api.vipps.no\"\n", rules.IDEnvMismatch, 0},
	{"src/__mocks__/vipps.ts", "export const payment = { redirectUrl: 'https://api.vipps.no/dwo-api-application/v1/deeplink' };\n", rules.IDEnvMismatch, 0},
	{".env.example", "# use https://api.vipps.no for production\nVIPPS_BASE_URL=https://apitest.vipps.no\n", rules.IDEnvMismatch, 0},
	{".env.production", "# the test host is for test keys only\nVIPPS_BASE_URL=https://apitest.vipps.no\n", rules.IDEnvMismatch, 2},
	// A configuration file named for the test environment configures it;
	// it is not a test.
	{"deploy/.env.test", "VIPPS_CLIENT_ID=${VIPPS_CLIENT_ID}\nVIPPS_BASE_URL=https://api.vipps.no\n", rules.IDEnvMismatch, 2},
	{"deploy/.env.test", "VIPPS_CLIENT_ID=${VIPPS_CLIENT_ID}\nVIPPS_BASE_URL=https://apitest.vipps.no\n", rules.IDEnvMismatch, 0},
	{"src/test/resources/application-test.yml", "vipps:\n  base-url: https://api.vipps.no\n", rules.IDEnvMismatch, 2},
	{"src/test/resources/application-test.yml", "vipps:\n  base-url: https://apitest.vipps.no\n", rules.IDEnvMismatch, 0},
	// Partner keys work only in production.
	{"partner/.env", "VIPPS_PARTNER_CLIENT_ID=${PARTNER_ID}\nVIPPS_API=https://apitest.vipps.no\n", rules.IDEnvMismatch, 2},
	{"partner/.env", "VIPPS_PARTNER_CLIENT_ID=${PARTNER_ID}\nVIPPS_API=https://api.vipps.no\n", rules.IDEnvMismatch, 0},
	// Leaks, one per language or format idiom.
	{"Vipps.m", "// Vipps\nNSString *vippsSecret = @\"WAWaB27SsyM5HC1PY0Pmdg==\";\n", rules.IDClientSecret, 2},
	{"vipps.cs", "// Vipps\nvar key = new VippsOptions { ClientSecret = @\"nbL/TdsAISC+8v1Upc1AGQ==\" };\n", rules.IDClientSecret, 2},
	{"vipps_conf.py", "# vipps\nVIPPS_CLIENT_SECRET = b\"D0sX48QZALF11OKt77KAbA==\"\n", rules.IDClientSecret, 2},
	{"values.yaml", "vipps:\n  clientSecret: >-\n    vurgbq60O2an0pTUOBQjKA==\n", rules.IDClientSecret, 3},
	{"App.config", "<appSettings>\n  <add key=\"Vipps:SubscriptionKey\" value=\"e6f6bc1c6c5914bd8972d734c655b8c1\" />\n</appSettings>\n", rules.IDSubscriptionKey, 2},
	{"main.tf", "variable \"vipps_client_secret\" {\n  default = \"yil8a9QoW2wJlLusHBc5EQ==\"\n}\n", rules.IDClientSecret, 2},
	{"config/initializers/vipps.rb", "Vipps.configure do |c|\n  c.subscription_key = ENV.fetch('VIPPS_KEY', 'f9bd99ce69130bb712578066bb377f0c')\nend\n", rules.IDSubscriptionKey, 2},
	{"docs/rotation.md", "# Vipps keys\n| Ocp-Apim-Subscription-Key (primær) | `e7a3fd60c84e484079dd1303fad6294f` |\n", rules.IDSubscriptionKey, 2},
	{"http/token.http", "POST https://apitest.vipps.no/accesstoken/get\nclient_id: 8e3e50e8-f0f5-4c41-bc54-04e5980c99b4\nclient_secret: 7rem3L77OxMm4iYDbjusAvf6nLk=\nOcp-Apim-Subscription-Key: 01d232aa8a13b4d0316548ef7a575f4d\n", rules.IDCredentialSet, 3},
	{"gateway.go", "package gw\n\n// vipps test double\nconst env = \"\\nVIPPS_CLIENT_SECRET=tt/DUnNoreR5lolIUAo8whJCnqU=\\n\"\n", rules.IDClientSecret, 4},
	// Look-alikes that must stay quiet.
	{"translator.cs", "// Azure Translator\nclient.DefaultRequestHeaders.Add(\"Ocp-Apim-Subscription-Key\", \"b2c7234d9ac3ea2ab8b1097408aef82e\");\n", rules.IDSubscriptionKey, 0},
	{"settings.py", "# vipps payments live in vipps.py\nSECRET_KEY = 'tQKcdgEBe3MmBKwcdAfVdYhhJLKs6zZpH3gqXyNOng0='\n", rules.IDClientSecret, 0},
	{"orders.js", "// vipps order\nconst orderId = 'e4804944-ee30-4814-94db-7f2224e49a1d';\nconst etag = '56eeb860458e581bb0f611b182dd3fbd';\n", rules.IDClientID, 0},
	{"orders.js", "// vipps order\nconst etag = '56eeb860458e581bb0f611b182dd3fbd';\n", rules.IDSubscriptionKey, 0},
	{"yarn.lock", "vipps-sdk@1.0.0:\n  integrity sha512-7rem3L77OxMm4iYDbjusAvf6nLk=\n", rules.IDClientSecret, 0},
	{"helm/values.yaml", "vipps:\n  clientSecret: {{ .Values.vipps.secret | quote }}\n  subscriptionKey: \"\"\n", rules.IDClientSecret, 0},
	{"app/checkout/page.tsx", "// Vipps server component\nconst secret = 'WAWaB27SsyM5HC1PY0Pmdg==';\n", rules.IDKeyExposed, 0},
	{"src/components/Pay.tsx", "// Vipps button\nconst clientSecret = 'WAWaB27SsyM5HC1PY0Pmdg==';\n", rules.IDKeyExposed, 2},
	{"src/environments/environment.prod.ts", "export const environment = {\n  vipps: { subscriptionKey: '05497a3988c74ff1865638025b8feb09' },\n};\n", rules.IDKeyExposed, 2},
	// Mutable MSN in more frameworks, and their safe twins.
	{"pay.controller.ts", "// Vipps partner\nclass Pay { @Post('pay')\npay(@Query('msn') msn: string) {\n  return this.http.post(url, {}, { headers: { 'Merchant-Serial-Number': msn } });\n}\n}\n", rules.IDMutableMSN, 4},
	{"pay.controller.ts", "// Vipps partner\nclass Pay { @Post('pay')\npay(@Req() req) {\n  return this.http.post(url, {}, { headers: { 'Merchant-Serial-Number': req.user.msn } });\n}\n}\n", rules.IDMutableMSN, 0},
	{"api.py", "# Vipps partner\n@app.post('/pay')\ndef pay(msn: str = Query(...)):\n    headers = {'Merchant-Serial-Number': msn}\n", rules.IDMutableMSN, 4},
	{"api.py", "# Vipps partner\n@app.post('/pay')\ndef pay(user = Depends(current_user)):\n    headers = {'Merchant-Serial-Number': user.msn}\n", rules.IDMutableMSN, 0},
	{"PayController.php", "<?php // Vipps partner\n$msn = $request->query->get('msn');\n$client->post($url, ['headers' => ['Merchant-Serial-Number' => $msn]]);\n", rules.IDMutableMSN, 3},
	{"PayController.php", "<?php // Vipps partner\n$msn = $request->user()->merchant->msn;\n$client->post($url, ['headers' => ['Merchant-Serial-Number' => $msn]]);\n", rules.IDMutableMSN, 0},
	{"handler.go", "package h // vipps partner\n\nfunc pay(c echo.Context) error {\n\treq.Header.Set(\"Merchant-Serial-Number\", c.QueryParam(\"msn\"))\n", rules.IDMutableMSN, 4},
	{"handler.go", "package h // vipps partner\n\nfunc pay(c echo.Context) error {\n\treq.Header.Set(\"Merchant-Serial-Number\", cfg.MSN)\n", rules.IDMutableMSN, 0},
	{"jsdoc.js", "// Vipps partner\n/**\n * @param msn the merchant\n */\nfunction headers(msn) {\n  return { 'Merchant-Serial-Number': msn };\n}\n", rules.IDMutableMSN, 0},
	// Logs and URLs.
	{"Pay.php", "<?php // Vipps\nLog::info('token', ['client_secret' => config('vipps.client_secret')]);\n", rules.IDSecretLogged, 2},
	{"Pay.php", "<?php // Vipps\nLog::info('token', ['client_secret' => '***']);\n", rules.IDSecretLogged, 0},
	{"client.js", "// Vipps\nconst r = await fetch(url);\nreturn (await res.json()).access_token;\n", rules.IDKeyExposed, 0},
	{"url.js", "// Vipps\nconst u = base + '?subscription-key=' + process.env.VIPPS_SUBSCRIPTION_KEY;\n", rules.IDSecretInURL, 2},
	{"NOTES.md", "Vipps rejects keys sent as `?subscription-key=` query parameters.\n", rules.IDSecretInURL, 0},
	// Shell: a length or the last characters of a key are no leak of it.
	{".github/workflows/deploy.yml", "jobs:\n  check:\n    steps:\n      - run: |\n          echo \"vipps subscription key ends with ${VIPPS_SUBSCRIPTION_KEY: -4}\"\n", rules.IDSecretLogged, 0},
	{".github/workflows/deploy.yml", "jobs:\n  check:\n    steps:\n      - run: |\n          echo \"vipps subscription key is $VIPPS_SUBSCRIPTION_KEY\"\n", rules.IDSecretLogged, 5},
	// A browser-public variable: the line that gives it a value, or uses
	// it; not an empty .env entry, nor the import that names it.
	{"apps/kiosk/.env", "# vipps kiosk\nPUBLIC_VIPPS_CLIENT_SECRET=\n", rules.IDKeyExposed, 0},
	{"apps/kiosk/.env", "# vipps kiosk\nPUBLIC_VIPPS_CLIENT_SECRET=${CI_VIPPS_SECRET}\n", rules.IDKeyExposed, 2},
	{"src/pay.js", "// vipps\nimport { PUBLIC_VIPPS_CLIENT_SECRET } from '$env/static/public';\n", rules.IDKeyExposed, 0},
	{"src/pay.js", "// vipps\nimport { PUBLIC_VIPPS_CLIENT_SECRET } from '$env/static/public';\nconst h = { client_secret: PUBLIC_VIPPS_CLIENT_SECRET };\n", rules.IDKeyExposed, 3},
	// From the held-out corpus: each with its twin.
	{"routes/config.tsx", "// vipps: the server calls api.vipps.no\nreturn cors(\n  json({\n    enabled: true,\n    subscriptionKey: settings.subscriptionKey,\n  }),\n);\n", rules.IDKeyExposed, 5},
	{"routes/config.tsx", "// vipps: the server calls api.vipps.no\nreturn cors(\n  json({\n    enabled: true,\n    buttonStyle: settings.buttonStyle,\n  }),\n);\nconst key = settings.subscriptionKey;\n", rules.IDKeyExposed, 0},
	{"cassette.yml", "# vipps\nheaders:\n  Ocp-Apim-Subscription-Key:\n  - 7668cb07eacdc6d65d2ad8a43d016d8d\n", rules.IDSubscriptionKey, 4},
	{"cassette.yml", "# vipps\nheaders:\n  Idempotency-Key:\n  - 7668cb07eacdc6d65d2ad8a43d016d8d\n", rules.IDSubscriptionKey, 0},
	{"units.md", "# Vipps sales units\n| Name | MSN | Subscription key |\n|---|---|---|\n| Bergen | 3177291 | 92d2bfd9336cfcc2c27c8cfe6cf9e22d |\n", rules.IDSubscriptionKey, 4},
	{"units.md", "# Vipps sales units\n| Name | MSN | Checksum |\n|---|---|---|\n| Bergen | 3177291 | 92d2bfd9336cfcc2c27c8cfe6cf9e22d |\n", rules.IDSubscriptionKey, 0},
	{"onboarding.md", "# Vipps POS\n- **Client secret:** `LhiZk0AWy6MSP8cnk8fAvw==`\n", rules.IDClientSecret, 2},
	{"onboarding.md", "# Vipps POS\n- **Order reference:** `LhiZk0AWy6MSP8cnk8fAvw==`\n", rules.IDClientSecret, 0},
	{"proxy.go", "package p // vipps partner\n\nfunc pay(c *gin.Context) {\n\tmsn := c.GetHeader(\"X-Merchant\")\n\tif msn == \"\" {\n\t\treturn\n\t}\n\treq.Header.Set(\"Merchant-Serial-Number\", msn)\n}\n", rules.IDMutableMSN, 8},
	{"proxy.go", "package p // vipps partner\n\nfunc pay(c *gin.Context) {\n\tmsn := c.GetHeader(\"X-Merchant\")\n\tif msn != \"212345\" {\n\t\treturn\n\t}\n\treq.Header.Set(\"Merchant-Serial-Number\", msn)\n}\n", rules.IDMutableMSN, 0},
	{"pay.js", "// vipps partner\napp.post('/pay', (req, res) => {\n  const msn = req.query.msn;\n  if (req.body.amount > 100) {\n    log('big');\n  }\n  headers['Merchant-Serial-Number'] = msn;\n});\n", rules.IDMutableMSN, 7},
	{"payments_controller.rb", "# Vipps partner\nreq.headers['Merchant-Serial-Number'] = cookies[:center_msn]\n", rules.IDMutableMSN, 2},
	{"payments_controller.rb", "# Vipps partner\nreq.headers['Merchant-Serial-Number'] = current_center.msn\n", rules.IDMutableMSN, 0},
	{"vipps.ts", "// vipps\nawait fetch(`${API}/epayment/v1/payments/${encodeURIComponent(ref)}?subscription-key=${env.KEY}`);\n", rules.IDSecretInURL, 2},
	{"partner.env", "VIPPS_PARTNER_CLIENT_SECRET=op://Partner/vipps/client_secret\nVIPPS_API_BASE_URL=https://apitest.vipps.no\n", rules.IDEnvMismatch, 2},
	{"merchant.env", "VIPPS_CLIENT_SECRET=op://Shop/vipps/client_secret\nVIPPS_API_BASE_URL=https://apitest.vipps.no\n", rules.IDEnvMismatch, 0},
	{"client.py", "# Vipps\nlogger.info(\n    \"token request for %s\",\n    settings.VIPPS_CLIENT_SECRET,\n)\n", rules.IDSecretLogged, 2},
	{"client.py", "# Vipps\nlogger.info(\n    \"token request for %s\",\n    settings.VIPPS_CLIENT_ID,\n)\nsecret = settings.VIPPS_CLIENT_SECRET\n", rules.IDSecretLogged, 0},
	// From the third blind corpus.
	{".env.example", "VIPPS_API_BASE_URL=https://apitest.vipps.no\nVIPPS_CLIENT_ID=YOUR-CLIENT-ID\nVIPPS_PARTNER_CLIENT_ID=TODO\n", rules.IDEnvMismatch, 0},
	{"vipps.tf", "# vipps webhook settings\ndata \"x\" \"y\" {\n  secret_id = \"arn:aws:secretsmanager:eu-north-1:178052596205:secret:prod/vipps/partner-keys-F6DZLA\"\n}\n", rules.IDWebhookSecret, 0},
	{"dump.sql", "INSERT INTO o VALUES ('vipps','a:3:{s:8:\"clientId\";s:36:\"b8f4044b-2698-4adb-823d-1e9885fa0eb3\";s:6:\"secret\";s:24:\"kD7nL2pQ9vX4rT6wY1zB3g==\";s:7:\"webhook\";s:3:\"yes\";}');\n", rules.IDClientSecret, 1},
	{"go-vipps/testdata/webhooks/register.golden", "HTTP/1.1 201 Created\n\n{\"id\":\"19eabf7e-9989-4d99-a0bd-abaad9cf1ce5\",\"secret\":\"qvlo7Xk2Pq9Zr4Tw1Vb8Nc3Md6Lf5Hg0Js2Ka9Wp\"}\n", rules.IDWebhookSecret, 3},
	{"appsettings.json", "{\n  \"ContentModerator\": {\n    \"Endpoint\": \"https://x.cognitiveservices.azure.com/\",\n    \"OcpApimSubscriptionKey\": \"33ca6aad210519d87587cf6ca906c032\"\n  },\n  \"Vipps\": {\n    \"BaseUrl\": \"https://api.vipps.no\"\n  }\n}\n", rules.IDSubscriptionKey, 0},
	{"appsettings.json", "{\n  \"Vipps\": {\n    \"BaseUrl\": \"https://api.vipps.no\",\n    \"OcpApimSubscriptionKey\": \"33ca6aad210519d87587cf6ca906c032\"\n  }\n}\n", rules.IDSubscriptionKey, 4},
	{"android/app/src/main/assets/vipps.json", "{\n  \"partnerSubscriptionKey\": \"72443b794b6ab21a0713e404d64af436\"\n}\n", rules.IDKeyExposed, 2},
	{"android/app/src/main/assets/vipps.json", "{\n  \"partnerSubscriptionKey\": \"72443b794b6ab21a0713e404d64af436\"\n}\n", rules.IDPartnerKeyExposed, 2},
	{"VippsController.php", "<?php // Vipps partner\n->withHeaders(['Merchant-Serial-Number' => $request->cookie('vipps_msn')])\n", rules.IDMutableMSN, 2},
	{"VippsController.php", "<?php // Vipps partner\n->withHeaders(['Merchant-Serial-Number' => $request->user()->merchant_msn])\n", rules.IDMutableMSN, 0},
	// From the misuse-focused blind corpus.
	{"routes.js", "// Vipps refund\nrouter.post('/r', async (req, res) => {\n  const { merchantSerialNumber, amount } = req.body;\n  if (!Number.isInteger(amount)) return res.sendStatus(400);\n  headers['Merchant-Serial-Number'] = merchantSerialNumber;\n});\n", rules.IDMutableMSN, 5},
	{"routes.js", "// Vipps\nrouter.get('/p', async (req, res) => {\n  const msn = MSN_BY_MARKET[req.query.market] || process.env.VIPPS_MSN;\n  headers['Merchant-Serial-Number'] = msn;\n});\n", rules.IDMutableMSN, 0},
	{"routes.js", "// Vipps\nrouter.post('/c', async (req, res) => {\n  const store = await Store.findOne({ where: { id: req.params.storeId, ownerId: req.user.id } });\n  headers['Merchant-Serial-Number'] = store.vippsMsn;\n});\n", rules.IDMutableMSN, 0},
	{"route.ts", "// Vipps\nexport async function POST(request: NextRequest) {\n  const body = await request.json();\n  if (typeof body.amount !== 'number') return bad();\n  const h = { 'Merchant-Serial-Number': body.merchantSerialNumber };\n}\n", rules.IDMutableMSN, 5},
	{"route.ts", "// Vipps\nexport async function POST(request: NextRequest) {\n  const cookieStore = await cookies();\n  const msn = cookieStore.get('vipps_msn')?.value;\n  const h = { 'Merchant-Serial-Number': msn };\n}\n", rules.IDMutableMSN, 5},
	{"+server.ts", "// Vipps\nexport const POST: RequestHandler = async ({ params, request }) => {\n  const h = { 'Merchant-Serial-Number': params.msn };\n};\n", rules.IDMutableMSN, 3},
	{"+server.ts", "// Vipps\nexport const POST: RequestHandler = async ({ locals, request }) => {\n  const h = { 'Merchant-Serial-Number': locals.merchant.msn };\n};\n", rules.IDMutableMSN, 0},
	{"payments.controller.ts", "// Vipps partner\nclass Payments { async capture(\n  @Param('reference') reference: string,\n  @Headers('x-msn') msn: string,\n) {\n  const h = { 'Merchant-Serial-Number': msn };\n}\n}\n", rules.IDMutableMSN, 6},
	{"Controller.cs", "// Vipps\n[HttpPost(\"{merchantSerialNumber}/capture\")]\npublic IActionResult Capture([FromRoute] string merchantSerialNumber, [FromBody] AmountRequest body)\n{\n    request.Headers.Add(\"Merchant-Serial-Number\", merchantSerialNumber);\n}\n", rules.IDMutableMSN, 5},
	{"Controller.php", "<?php // Vipps\n#[Route('/merchants/{msn}/payments', methods: ['GET'])]\npublic function show(string $msn): JsonResponse\n{\n    $h = ['Merchant-Serial-Number' => $msn];\n}\n", rules.IDMutableMSN, 5},
	{"Controller.php", "<?php // Vipps\n#[Route('/payments', methods: ['GET'])]\npublic function show(): JsonResponse\n{\n    $h = ['Merchant-Serial-Number' => $this->getParameter('app.vipps.msn')];\n}\n", rules.IDMutableMSN, 0},
	{"payment.php", "<?php // Vipps\n$salesUnit = trim((string) $_REQUEST['msn']);\n$h = ['Merchant-Serial-Number: ' . $salesUnit];\n", rules.IDMutableMSN, 3},
	{"payments.py", "# Vipps\n@router.post(\"/payments\")\nasync def create(body: CreatePayment, settings: Annotated[Settings, Depends(get_settings)]):\n    h = {\"Merchant-Serial-Number\": body.merchant_serial_number}\n", rules.IDMutableMSN, 4},
	{"payments.py", "# Vipps\n@router.post(\"/payments\")\nasync def create(body: CreatePayment, merchant: Annotated[Merchant, Depends(current_merchant)]):\n    h = {\"Merchant-Serial-Number\": merchant.msn}\n", rules.IDMutableMSN, 0},
	{"routes.py", "# Vipps\n@bp.route('/stores/<int:store_id>/status')\ndef status(store_id):\n    store = Store.query.filter_by(id=store_id, owner_id=current_user.id).first_or_404()\n    h = {'Merchant-Serial-Number': store.vipps_msn}\n", rules.IDMutableMSN, 0},
	{"client_test.go", "package vipps // vipps\n\nfunc TestX(t *testing.T) {\n\tgot := r.Header.Get(\"Merchant-Serial-Number\")\n\tt.Errorf(\"Merchant-Serial-Number = %q\", got)\n}\n", rules.IDMutableMSN, 0},
	{"VippsAuthClient.java", "// Vipps: POST /accesstoken/get\nString token = (String) body.get(\"access_token\");\nlog.debug(\"Got Vipps access token {}\", token);\n", rules.IDSecretLogged, 3},
	{"sync.ts", "// Vipps\nlog.info({ tokenPreview: `${accessToken.slice(0, 6)}…` }, 'sync');\n", rules.IDSecretLogged, 0},
	{"client.py", "# Vipps\nlogger.debug(\"key fingerprint %s\", _fingerprint(subscription_key))\n", rules.IDSecretLogged, 0},
	{"app/src/main/java/no/shop/Store.kt", "// Vipps\nprefs.edit()\n    .putString(\"vipps_client_secret\", clientSecret)\n    .apply()\n", rules.IDKeyExposed, 3},
	{"ConfigController.cs", "// Vipps: calls api.vipps.no\npublic IActionResult Pos() => Ok(new { msn = _options.Msn, subscriptionKey = _options.SubscriptionKey });\n", rules.IDKeyExposed, 2},
	{"ConfigController.cs", "// Vipps: calls api.vipps.no\npublic IActionResult Checkout() => Ok(new { msn = _options.Msn, returnUrl = _options.ReturnUrl });\n", rules.IDKeyExposed, 0},
	// From the fifth blind corpus.
	{"README.md", "# Vipps\nA flow into the browser: `localStorage.setItem(...)` or `res.json({... subscriptionKey ...})`.\n", rules.IDKeyExposed, 0},
	{"docs/setup.md", "# Vipps\n```js\nres.json({ subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY });\n```\n", rules.IDKeyExposed, 3},
	{"web/.env.local", "VIPPS_CLIENT_SECRET=jBV8iX3qvG8QfEEubBklIfRUo+U=\nVIPPS_API_BASE=https://api.vipps.no\n", rules.IDEnvMismatch, 0},
	{"TokenClient.cs", "// Vipps: calls api.vipps.no\nthrow new InvalidOperationException($\"token request failed using secret {_opts.ClientSecret}\");\n", rules.IDSecretLogged, 2},
	{"VippsAuth.java", "// Vipps\nlog.info(\"Vipps configured: client_id={} client_secret={}\", clientId, clientSecret);\n", rules.IDSecretLogged, 2},
	// Placeholders by meaning (issue 11): values made of words, and values
	// of the wrong shape for their name, each beside a generated twin.
	{".env", "VIPPS_MSN=212345\nVIPPS_WEBHOOK_SECRET=my-webhook-signing-secret-v2\n", rules.IDWebhookSecret, 0},
	{".env", "VIPPS_MSN=212345\nVIPPS_WEBHOOK_SECRET=Vq8-xT3mLw2_Rk9pZc7Yh4Nd\n", rules.IDWebhookSecret, 2},
	{"webhooks.json", "{\"vipps\": {\"webhook\": {\"url\": \"https://shop.example/hook\", \"secret\": \"base64-encoded-secret-from-vipps\"}}}\n", rules.IDWebhookSecret, 0},
	{"webhooks.json", "{\"vipps\": {\"webhook\": {\"url\": \"https://shop.example/hook\", \"secret\": \"Jd8sK2qLx0-Wm5Zp7Rt4Vn1Yc6\"}}}\n", rules.IDWebhookSecret, 1},
	{"vipps.env", "VIPPS_CLIENT_SECRET=b2c7234d9ac3ea2ab8b1097408aef82e\n", rules.IDClientSecret, 0},
	{"vipps.env", "VIPPS_CLIENT_SECRET=hT4kW9qP2xZr7LmN0vBc3A==\n", rules.IDClientSecret, 1},
	{"appsettings.json", "{\"Vipps\": {\"SubscriptionKey\": \"SubscriptionKeyFromPortalHere\", \"ClientSecret\": \"YOUR_CLIENT_SECRET_FROM_PORTAL\"}}\n", rules.IDSubscriptionKey, 0},
	// Sets bind their members (issue 11): the siblings of a found secret,
	// under the names real integrations use; twins without the secret.
	{"pay.ts", "import { Client } from '@vippsmobilepay/sdk';\nconst client = new Client({\n  id: 'bd4eba49-8a37-4c7b-840b-82449de0ce8c',\n  secret: 'RU7uBAlo5j9hoZWSUd/w0g==',\n  subscriptionId: '0434397d564dc27f6a51562b9db9e0c3',\n});\n", rules.IDCredentialSet, 4},
	{"pay.ts", "import { Client } from '@vippsmobilepay/sdk';\nconst client = new Client({\n  id: 'bd4eba49-8a37-4c7b-840b-82449de0ce8c',\n  secret: 'RU7uBAlo5j9hoZWSUd/w0g==',\n  subscriptionId: '0434397d564dc27f6a51562b9db9e0c3',\n});\n", rules.IDSubscriptionKey, 5},
	{"pay.ts", "import { Client } from '@vippsmobilepay/sdk';\nconst client = new Client({\n  id: 'bd4eba49-8a37-4c7b-840b-82449de0ce8c',\n  secret: process.env.VIPPS_SECRET,\n  subscriptionId: '0434397d564dc27f6a51562b9db9e0c3',\n});\n", rules.IDSubscriptionKey, 0},
	{"vipps.env", "VIPPS_USERNAME=710a0e3f-665c-4e28-b36c-0835745416b6\nVIPPS_PASSWORD=07BGdGoI6PnOiZ9+Pu1LwQ==\nVIPPS_SUB_KEY=a5909db1f3fe389c9add115dac4fffe1\nVIPPS_SUB_KEY_SEC=18f26cb031605fa72985ef1a2defa3c3\n", rules.IDCredentialSet, 2},
	{"vipps.env", "VIPPS_USERNAME=710a0e3f-665c-4e28-b36c-0835745416b6\nVIPPS_PASSWORD=07BGdGoI6PnOiZ9+Pu1LwQ==\nVIPPS_SUB_KEY_SEC=18f26cb031605fa72985ef1a2defa3c3\n", rules.IDSubscriptionKey, 3},
	{"vipps.env", "VIPPS_USERNAME=710a0e3f-665c-4e28-b36c-0835745416b6\nVIPPS_PASSWORD=\nVIPPS_SUB_KEY_SEC=18f26cb031605fa72985ef1a2defa3c3\n", rules.IDSubscriptionKey, 0},
	{"vipps.env", "VIPPS_PASSWORD=07BGdGoI6PnOiZ9+Pu1LwQ==\n\nORDER_ID=3f372f2d-92fc-431e-9fe0-4917cb5196f2\nCACHE_KEY=a62395f9fe6cd996f9d1d4e467c07c81\n", rules.IDSubscriptionKey, 0},
	{"TokenProvider.kt", "// Vipps\nlog.debug(\"Secret present=${config.clientSecret.isNotBlank()}, key=${config.subscriptionKey.takeLast(4)}\")\n", rules.IDSecretLogged, 0},
}

// parsedRules are the rules the parsed checks own in the languages they
// parse: off in a build without cgo.
var parsedRules = map[string]bool{rules.IDSecretLogged: true, rules.IDKeyExposed: true, rules.IDSecretInURL: true, rules.IDMutableMSN: true, rules.IDEnvMismatch: true}

func TestIdioms(t *testing.T) {
	e := New(Options{})
	for i, c := range idioms {
		t.Run(fmt.Sprintf("%d-%s-%s", i, c.path, c.rule), func(t *testing.T) {
			if c.line > 0 && !misuse.Enabled && misuse.Parsed(c.path) && parsedRules[c.rule] {
				t.Skip("parsed misuse checks are off without cgo")
			}
			var lines []int
			for _, f := range e.Scan(c.path, []byte(c.content)) {
				if f.RuleID == c.rule {
					lines = append(lines, f.Location.Line)
				}
			}
			switch {
			case c.line == 0 && len(lines) > 0:
				t.Errorf("unexpected %s on lines %v", c.rule, lines)
			case c.line > 0 && (len(lines) == 0 || lines[0] != c.line):
				t.Errorf("%s on lines %v, want line %d", c.rule, lines, c.line)
			}
		})
	}
}
