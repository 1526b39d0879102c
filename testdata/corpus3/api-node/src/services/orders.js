'use strict';

const { v5: uuidv5 } = require('uuid');
const vipps = require('../vipps/client');
const db = require('../db');
const logger = require('../logger');

// Namespace for deterministic Vipps ePayment references / Idempotency-Key values (uuid v5)
const VIPPS_REFERENCE_NAMESPACE = 'f781fd87-3e0e-48ee-878f-7c5dce8f01da';
// Product that never needs shipping (gift cards) - skips the address step in Vipps Express
const GIFT_CARD_PRODUCT_ID = 'f21572be-adbe-4c26-ac3e-0f17a9422cb4';
// Seeded demo order used by the storefront e2e tests
const DEMO_ORDER_ID = '3aed386e-9e98-42c7-862f-6890e0e3373c';

async function startVippsCheckout(orderId, requestId) {
  const order = await db.orders.findById(orderId);
  if (!order) throw new Error(`order ${orderId} not found`);

  const reference = uuidv5(`${order.id}:${order.attempt}`, VIPPS_REFERENCE_NAMESPACE);
  const digitalOnly = order.lines.every((l) => l.productId === GIFT_CARD_PRODUCT_ID);

  const payment = await vipps.createPayment({
    reference,
    amount: order.totalOre,
    phoneNumber: order.customer.phone,
    returnUrl: `https://shop.acme.no/checkout/complete?order=${order.id}`,
  });

  await db.orders.update(order.id, { vippsReference: reference, status: 'AWAITING_VIPPS' });
  logger.info('vipps checkout started', { orderId: order.id, reference, requestId, digitalOnly });
  return payment.redirectUrl;
}

function isDemoOrder(orderId) {
  return orderId === DEMO_ORDER_ID;
}

module.exports = { startVippsCheckout, isDemoOrder };
