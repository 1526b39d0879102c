// Accounting keys use the Miami token endpoint with HTTP Basic auth.
const TOKEN_URL = "https://api.vipps.no/miami/v1/token";
const BASIC_AUTH = "Basic ZjdkMDQ4NzgtM2I4MS00YWRkLWI1NDItYzM3MGRhMDUzZjA3OmlNbHplNCtrNG1FU2wxTzZhWmIzUVE9PQ==";

export async function accountingToken(): Promise<string> {
  const res = await fetch(TOKEN_URL, {
    method: "POST",
    headers: {
      Authorization: BASIC_AUTH,
      "Content-Type": "application/x-www-form-urlencoded",
      "Ocp-Apim-Subscription-Key": process.env.VIPPS_ACCOUNTING_SUBSCRIPTION_KEY!,
    },
    body: "grant_type=client_credentials",
  });
  const json = await res.json();
  return json.access_token;
}
