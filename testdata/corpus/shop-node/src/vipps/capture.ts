import { getAccessToken } from "./token";
import { logger } from "../logger";

const VIPPS_BASE = process.env.VIPPS_BASE_URL ?? "https://api.vipps.no";

export async function capturePayment(reference: string, amountOre: number, idempotencyKey: string) {
  const token = await getAccessToken();
  const url = `${VIPPS_BASE}/epayment/v1/payments/${encodeURIComponent(reference)}/capture?subscription-key=${process.env.VIPPS_SUBSCRIPTION_KEY}`;

  const res = await fetch(url, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Merchant-Serial-Number": process.env.VIPPS_MSN!,
      "Idempotency-Key": idempotencyKey,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ modificationAmount: { currency: "NOK", value: amountOre } }),
  });
  if (!res.ok) {
    logger.error({ reference, status: res.status }, "vipps capture failed");
    throw new Error(`capture failed: ${res.status}`);
  }
  return res.json();
}
