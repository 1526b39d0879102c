import pino from "pino";

const logger = pino({ redact: ["headers.client_secret", "headers['Ocp-Apim-Subscription-Key']"] });

function mask(value: string | undefined): string {
  if (!value) return "<unset>";
  return `${value.slice(0, 3)}***(${value.length})`;
}

export function logVippsConfig(cfg: { clientId: string; clientSecret: string; subscriptionKey: string }) {
  logger.info({ clientSecret: mask(cfg.clientSecret), subscriptionKey: mask(cfg.subscriptionKey) }, "vipps configured");
  console.log("vipps subscription key length:", cfg.subscriptionKey.length);
  console.log("vipps client secret present:", Boolean(cfg.clientSecret));
}
