const express = require("express");
const { partnerClient } = require("../vipps/partnerClient");
const { requireAuth } = require("../auth");

const router = express.Router();

// Back-office refunds. A user may only refund for merchants linked to their account.
router.post("/merchants/:msn/payments/:reference/refund", requireAuth, async (req, res, next) => {
  try {
    const msn = req.params.msn;
    if (!req.user.merchantMsns.includes(msn)) {
      return res.status(403).json({ error: "not your merchant" });
    }
    const token = await partnerClient.getAccessToken();
    const response = await fetch(
      `${partnerClient.baseUrl}/epayment/v1/payments/${encodeURIComponent(req.params.reference)}/refund`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Ocp-Apim-Subscription-Key": partnerClient.subscriptionKey,
          "Merchant-Serial-Number": msn,
          "Idempotency-Key": req.body.idempotencyKey,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ modificationAmount: { currency: "NOK", value: req.body.amountOre } }),
      }
    );
    res.status(response.status).json(await response.json());
  } catch (err) {
    next(err);
  }
});

module.exports = router;
