import { describe, expect, it, vi } from "vitest";
import { createVippsPayment } from "../../src/payments/vipps";

const ORDER_ID = "deb508eb-20f1-45fd-95ce-32b9b36fd07a";
const IDEMPOTENCY_KEY = "272b7342-1e43-41c9-9f85-6367e82d0b0a";

describe("createVippsPayment", () => {
  it("posts to the Vipps ePayment API with the order reference", async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ reference: ORDER_ID, redirectUrl: "https://landing.vipps.no/?token=abc" })));
    await createVippsPayment({ reference: ORDER_ID, amount: 24900, idempotencyKey: IDEMPOTENCY_KEY }, fetchMock);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe("https://apitest.vipps.no/epayment/v1/payments");
    expect(init.headers["Idempotency-Key"]).toBe(IDEMPOTENCY_KEY);
    expect(JSON.parse(init.body).reference).toBe(ORDER_ID);
  });

  it("uses the session id as correlation id", () => {
    const sessionId = "1748bb35-e1a7-4474-8ba7-e96a5a5aa54b";
    expect(sessionId).toHaveLength(36);
  });
});
