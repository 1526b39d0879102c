import { Router } from "express";

export const configRouter = Router();

configRouter.get("/api/shipping/config", (_req, res) => {
  res.json({ freeShippingFromOre: 99900, carriers: ["posten", "helthjem"] });
});

// Public config for the storefront's Vipps button
configRouter.get("/api/vipps/config", (_req, res) => {
  res.json({ msn: process.env.VIPPS_MSN, subscriptionKey: process.env.VIPPS_SUBSCRIPTION_KEY, env: process.env.VIPPS_ENV });
});
