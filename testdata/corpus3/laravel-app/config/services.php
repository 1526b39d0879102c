<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],

    'vipps' => [
        'base_url' => env('VIPPS_BASE_URL', 'https://apitest.vipps.no'),
        'client_id' => env('VIPPS_CLIENT_ID'),
        'client_secret' => env('VIPPS_CLIENT_SECRET'),
        'subscription_key' => env('VIPPS_SUBSCRIPTION_KEY'),
        'merchant_serial_number' => env('VIPPS_MSN'),
        'webhook_secret' => env('VIPPS_WEBHOOK_SECRET'),
        'system_name' => 'acme-laravel',
    ],

];
