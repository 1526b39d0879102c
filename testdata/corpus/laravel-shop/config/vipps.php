<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Vipps MobilePay
    |--------------------------------------------------------------------------
    |
    | Keys are found on portal.vipps.no under "Utvikler". Never hard-code them
    | here; set them in .env (locally) or in the Forge environment (prod).
    |
    */

    'test_mode' => env('VIPPS_TEST_MODE', true),

    'base_url' => env('VIPPS_BASE_URL', 'https://apitest.vipps.no'),

    'client_id' => env('VIPPS_CLIENT_ID'),

    'client_secret' => env('VIPPS_CLIENT_SECRET'),

    'subscription_key' => env('VIPPS_SUBSCRIPTION_KEY'),

    'msn' => env('VIPPS_MSN'),

    'system_name' => 'sykkelverkstedet-laravel',

    'system_version' => '1.9.0',

];
