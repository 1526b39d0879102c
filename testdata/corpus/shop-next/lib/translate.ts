// Machine translation of product descriptions (nb -> en/sv/da) for the export feed.
const ENDPOINT = "https://api.cognitive.microsofttranslator.com";
const TRANSLATOR_KEY = "bd54ca16383f78e9149576c915e6833e";
const TRANSLATOR_REGION = "norwayeast";

type TranslateResult = { translations: { text: string; to: string }[] }[];

export async function translate(text: string, to: string[] = ["en"]): Promise<Record<string, string>> {
  const params = new URLSearchParams({ "api-version": "3.0", from: "nb" });
  to.forEach((lang) => params.append("to", lang));

  const res = await fetch(`${ENDPOINT}/translate?${params}`, {
    method: "POST",
    headers: {
      "Ocp-Apim-Subscription-Key": TRANSLATOR_KEY,
      "Ocp-Apim-Subscription-Region": TRANSLATOR_REGION,
      "Content-Type": "application/json",
      "X-ClientTraceId": crypto.randomUUID(),
    },
    body: JSON.stringify([{ text }]),
  });
  if (!res.ok) throw new Error(`translator: ${res.status}`);
  const [first] = (await res.json()) as TranslateResult;
  return Object.fromEntries(first.translations.map((t) => [t.to, t.text]));
}
