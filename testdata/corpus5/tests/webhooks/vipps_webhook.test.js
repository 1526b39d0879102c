const { verifyVippsWebhook } = require("../../src/webhooks/vipps");

// Vipps webhook request captured from apitest.vipps.no (secret replaced by a test value)
const body = '{"msn":"123456","reference":"955f04ae-e844-4163-81c8-9762749601b4","name":"AUTHORIZED"}';

test("accepts a correctly signed webhook", () => {
  const req = {
    headers: {
      "x-ms-date": "Tue, 12 Mar 2024 10:11:12 GMT",
      "x-ms-content-sha256": "HFOl8aLjml526WlceKKWc247E4Abo+NjKwGkQy23Jag=",
      host: "shop.example.no",
      authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=qa5tpOJQbkjNaBt4Lyvex4LmPLShPR9fH9W8NFJ80dg=",
    },
    body,
  };
  expect(verifyVippsWebhook(req, "test_webhook_secret")).toBe(true);
});
