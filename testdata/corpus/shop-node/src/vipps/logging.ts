import { logger } from "../logger";

const SENSITIVE_HEADERS = new Set([
  "authorization",
  "client_id",
  "client_secret",
  "ocp-apim-subscription-key",
]);

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, SENSITIVE_HEADERS.has(k.toLowerCase()) ? "REDACTED" : v])
  );
}

// Logs outgoing Vipps MobilePay API calls without credentials.
export function logVippsRequest(method: string, url: string, headers: Record<string, string>) {
  logger.debug({ method, url, headers: redactHeaders(headers) }, "vipps request");
}

export function logVippsConfig(cfg: { clientId: string; clientSecret: string; subscriptionKey: string; msn: string }) {
  logger.info(
    { clientId: cfg.clientId, clientSecret: "***", subscriptionKey: "***", msn: cfg.msn },
    "vipps client configured"
  );
}
