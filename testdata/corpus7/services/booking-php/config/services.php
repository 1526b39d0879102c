<?php

return [
    'vipps' => [
        // Test: https://apitest.vipps.no, production: https://api.vipps.no
        'environment' => env('VIPPS_ENVIRONMENT', 'test'),
        'base_url' => env('VIPPS_ENVIRONMENT', 'test') === 'production'
            ? 'https://api.vipps.no'
            : 'https://apitest.vipps.no',
        'client_id' => env('VIPPS_CLIENT_ID'),
        'client_secret' => env('VIPPS_CLIENT_SECRET'),
        'subscription_key' => env('VIPPS_SUBSCRIPTION_KEY'),
        'partner_msns' => array_filter(explode(',', env('VIPPS_PARTNER_MSNS', ''))),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
];
