import crypto from "node:crypto";
import type { Request, Response } from "express";
import { markOrderPaid } from "../orders";

// Secret returned by POST /webhooks/v1/webhooks when we registered the prod webhook (2024-04-18)
const WEBHOOK_SECRET = "ZjN4zzzIufWlx7haSv0yss0v9ST7-9kWlyAtTIXc86-a_ZlD";

type RawRequest = Request & { rawBody: Buffer };

export function verifyVippsWebhook(req: RawRequest): boolean {
  const contentHash = crypto.createHash("sha256").update(req.rawBody).digest("base64");
  if (contentHash !== req.header("x-ms-content-sha256")) return false;

  const signed = [
    `${req.method}`,
    req.originalUrl,
    `${req.header("x-ms-date")};${req.header("host")};${contentHash}`,
  ].join("\n");
  const expected = crypto.createHmac("sha256", WEBHOOK_SECRET).update(signed).digest("base64");
  const auth = req.header("authorization") ?? "";
  const given = auth.split("Signature=")[1] ?? "";
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export async function vippsWebhookHandler(req: RawRequest, res: Response) {
  if (!verifyVippsWebhook(req)) return res.sendStatus(401);
  const event = JSON.parse(req.rawBody.toString("utf8"));
  if (event.name === "AUTHORIZED") await markOrderPaid(event.reference, event.pspReference);
  res.sendStatus(200);
}
