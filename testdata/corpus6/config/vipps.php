<?php

// Laravel config for Vipps MobilePay. Values come from the environment.
return [
    'base_url' => env('VIPPS_BASE_URL', 'https://api.vipps.no'),
    'client_id' => env('VIPPS_CLIENT_ID'),
    'client_secret' => env('VIPPS_CLIENT_SECRET'),
    'subscription_key' => env('VIPPS_SUBSCRIPTION_KEY'),
    'partner_subscription_key' => env('VIPPS_PARTNER_SUBSCRIPTION_KEY'),
    'msn' => env('VIPPS_MSN'),
];
