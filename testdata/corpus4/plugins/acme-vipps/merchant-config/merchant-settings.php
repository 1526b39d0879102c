<?php
/**
 * Acme Vipps MobilePay for WooCommerce: the merchant's OWN API keys (not partner keys).
 * Merchants fill these in from portal.vipps.no; the defaults are the documentation examples.
 */
defined( 'ABSPATH' ) || exit;

define( 'ACME_VIPPS_API_BASE', 'https://api.vipps.no' );
define( 'ACME_VIPPS_CLIENT_ID', get_option( 'acme_vipps_client_id', 'fb492b5e-7907-4d83-bc20-c7fb60ca35de' ) );
define( 'ACME_VIPPS_CLIENT_SECRET', get_option( 'acme_vipps_client_secret', 'Y8Kteew6GE3ZmeycEt6egg==' ) );
define( 'ACME_VIPPS_SUBSCRIPTION_KEY', get_option( 'acme_vipps_subscription_key', '<your-subscription-key>' ) );
define( 'ACME_VIPPS_MSN', get_option( 'acme_vipps_msn', '123456' ) );
