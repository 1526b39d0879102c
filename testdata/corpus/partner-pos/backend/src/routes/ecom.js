const express = require("express");
const { partnerClient } = require("../vipps/partnerClient");

const router = express.Router();

// Legacy eCom v2 flow, still used by ~40 older terminals.
router.post("/legacy/ecom/initiate", async (req, res, next) => {
  try {
    const token = await partnerClient.getAccessToken();
    const payment = {
      customerInfo: { mobileNumber: req.body.mobileNumber },
      merchantInfo: {
        merchantSerialNumber: req.query.msn,
        callbackPrefix: `${process.env.PUBLIC_URL}/vipps/callbacks`,
        fallBack: `${process.env.PUBLIC_URL}/kvittering`,
        isApp: false,
      },
      transaction: {
        orderId: req.body.orderId,
        amount: req.body.amountOre,
        transactionText: "Kassepartner",
      },
    };
    const response = await fetch(`${partnerClient.baseUrl}/ecomm/v2/payments`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Ocp-Apim-Subscription-Key": partnerClient.subscriptionKey,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(payment),
    });
    res.status(response.status).json(await response.json());
  } catch (err) {
    next(err);
  }
});

module.exports = router;
