<?php
// Settings shipped with the POS plugin. Shop owners can open and edit this file.
return [
    'vipps' => [
        'base_url' => 'https://api.vipps.no',
        'partner_client_id' => getenv('FJORD_PARTNER_CLIENT_ID'),
        'partner_client_secret' => 'v8sGSX8u2mHsjoDsLBtfjfb6wPOGKZvjuZ94TVqSebE=',
        'partner_subscription_key' => '10fd0d977e45e4c866d6639af3c5f3fc',
        'msn' => '',
    ],
    'receipt' => [
        'footer' => 'Takk for handelen!',
    ],
];
