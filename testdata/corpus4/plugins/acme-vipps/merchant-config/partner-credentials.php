<?php
/**
 * Acme Vipps MobilePay for WooCommerce: credentials shipped with the merchant build.
 * This file is copied into wp-content/plugins/acme-vipps/ on every merchant site.
 */
defined( 'ABSPATH' ) || exit;

define( 'ACME_VIPPS_API_BASE', 'https://api.vipps.no' );
define( 'ACME_VIPPS_USE_PARTNER_KEYS', true );
define( 'ACME_VIPPS_PARTNER_CLIENT_SECRET', 'W/qyeRUToY+iNt/MMTsoytf2E9s=' );
define( 'ACME_VIPPS_PARTNER_SUBSCRIPTION_KEY', getenv( 'ACME_VIPPS_PARTNER_SUBSCRIPTION_KEY' ) ?: '' );
