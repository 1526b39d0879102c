'use strict';

// Partner routes: Kulisse holds partner keys and charges on behalf of each venue (sales unit).
const express = require('express');
const { fetchAccessToken, authHeaders } = require('../vipps/client');
const { Venue } = require('../models');
const axios = require('axios');

const router = express.Router();
const VIPPS_BASE = 'https://api.vipps.no';

// Used by the door-sale tablets at the venues.
router.post('/venue-payments', async (req, res, next) => {
  try {
    const { amountOre, reference, venueMsn } = req.body;
    const token = await fetchAccessToken();
    const result = await axios.post(`${VIPPS_BASE}/epayment/v1/payments`, {
      amount: { currency: 'NOK', value: amountOre },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'PUSH_MESSAGE',
    }, {
      headers: {
        ...authHeaders(token),
        'Merchant-Serial-Number': venueMsn,
      },
    });
    res.status(201).json({ reference: result.data.reference });
  } catch (err) {
    next(err);
  }
});

// Used by the venue dashboard: the MSN comes from the venue the logged-in user belongs to.
router.post('/venues/:venueId/refunds', async (req, res, next) => {
  try {
    const venue = await Venue.findOne({ _id: req.params.venueId, ownerId: req.user.id });
    if (!venue) return res.sendStatus(404);
    const token = await fetchAccessToken();
    await axios.post(`${VIPPS_BASE}/epayment/v1/payments/${req.body.reference}/refund`, {
      modificationAmount: { currency: 'NOK', value: req.body.amountOre },
    }, {
      headers: {
        ...authHeaders(token),
        'Merchant-Serial-Number': venue.merchantSerialNumber,
      },
    });
    res.sendStatus(204);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
