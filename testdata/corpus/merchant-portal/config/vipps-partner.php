<?php
/**
 * Kassepartner back office - Vipps MobilePay integration settings.
 *
 * This file ships with the back-office package that is installed on each
 * merchant's own server.
 */

return [
    'api_base_url' => 'https://api.vipps.no',

    // Partner keys (Partner Plus). The same keys are used for all merchants on the platform.
    'partner_client_id' => getenv('KP_VIPPS_PARTNER_CLIENT_ID'),
    'partner_client_secret' => 'dFg6vjazpbJcG0NXt5Vszxlu3KjqCRF4loNbhV/YuAY=',
    'partner_subscription_key' => 'caa9ed0fc49994bf40486e886b250689',

    'system_name' => 'kassepartner-backoffice',
    'system_version' => '5.2.1',
    'plugin_name' => 'kp-vipps',
    'plugin_version' => '1.7.0',
];
