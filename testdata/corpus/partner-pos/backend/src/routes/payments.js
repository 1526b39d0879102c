const express = require("express");
const { partnerClient } = require("../vipps/partnerClient");

const router = express.Router();

// Called by the POS terminal app when the cashier selects "Vipps".
router.post("/terminals/:terminalId/payments", async (req, res, next) => {
  try {
    const { amountOre, reference, phoneNumber } = req.body;
    const msn = req.body.merchantSerialNumber;
    const token = await partnerClient.getAccessToken();

    const response = await fetch(`${partnerClient.baseUrl}/epayment/v1/payments`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Ocp-Apim-Subscription-Key": partnerClient.subscriptionKey,
        "Merchant-Serial-Number": msn,
        "Idempotency-Key": reference,
        "Vipps-System-Name": "kassepartner-pos",
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        amount: { currency: "NOK", value: amountOre },
        paymentMethod: { type: "WALLET" },
        customer: { phoneNumber },
        reference,
        userFlow: "PUSH_MESSAGE",
      }),
    });
    res.status(response.status).json(await response.json());
  } catch (err) {
    next(err);
  }
});

module.exports = router;
