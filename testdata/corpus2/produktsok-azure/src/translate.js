// Oversetter produkttekster til engelsk og tysk for turistbutikken.
// Azure AI Translator (global resource).
const TRANSLATOR_ENDPOINT = 'https://api.cognitive.microsofttranslator.com';
const TRANSLATOR_KEY = '9ca2a7ae4244301f862b28b8b7c8401d';
const TRANSLATOR_REGION = 'norwayeast';

async function translate(texts, to = ['en', 'de']) {
  const url = new URL('/translate', TRANSLATOR_ENDPOINT);
  url.searchParams.set('api-version', '3.0');
  url.searchParams.set('from', 'nb');
  to.forEach((lang) => url.searchParams.append('to', lang));

  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'Ocp-Apim-Subscription-Key': TRANSLATOR_KEY,
      'Ocp-Apim-Subscription-Region': TRANSLATOR_REGION,
      'Content-Type': 'application/json',
      'X-ClientTraceId': crypto.randomUUID(),
    },
    body: JSON.stringify(texts.map((text) => ({ text }))),
  });
  if (!res.ok) throw new Error(`Translator ${res.status}`);
  return res.json();
}

module.exports = { translate };
