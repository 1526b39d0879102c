<?php
/**
 * Default partner credentials shipped with the Acme Vipps plugin.
 * Partner keys let us act on behalf of every merchant using the plugin.
 */
defined('ABSPATH') || exit;

define('ACME_VIPPS_PARTNER_CLIENT_SECRET', 'bPRLsLGypiwxPHv/FJosf/+gZaE=');
define('ACME_VIPPS_PARTNER_SUBSCRIPTION_KEY', 'c92e89aae605d8e7d3146b9425450be2');
define('ACME_VIPPS_API', 'https://api.vipps.no');
