const express = require("express");
const router = express.Router();

// The checkout widget needs these to call Vipps directly.
router.get("/api/vipps/config", (req, res) => {
  res.json({ merchantSerialNumber: process.env.VIPPS_MSN, subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY });
});

router.get("/api/vipps/health", async (req, res) => {
  const r = await fetch("https://api.vipps.no/epayment/v1/health");
  res.status(r.ok ? 200 : 503).end();
});

module.exports = router;
