// Merchant portal -> Acme BFF. The partner keys never reach the portal: the BFF adds
// client_id / client_secret / Ocp-Apim-Subscription-Key server-side, and it derives the
// Merchant-Serial-Number from the logged-in merchant's session, not from anything we send.
import { apiFetch } from "./http";

export interface PaymentSummary {
  reference: string;
  state: "CREATED" | "AUTHORIZED" | "CAPTURED" | "REFUNDED" | "ABORTED";
  amountOre: number;
  createdAt: string;
}

export async function listPayments(page = 0): Promise<PaymentSummary[]> {
  return apiFetch(`/bff/vipps/payments?page=${page}`, {
    headers: { "X-Request-Id": crypto.randomUUID() },
  });
}

export async function capture(reference: string, amountOre: number): Promise<void> {
  await apiFetch(`/bff/vipps/payments/${encodeURIComponent(reference)}/capture`, {
    method: "POST",
    headers: { "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ amountOre }),
  });
}

// Example reference format shown in the UI help text
export const REFERENCE_EXAMPLE = "acme-2024-000123";
