<?php
// Legacy standalone checkout page for the market stalls (partner keys from the server env).
require __DIR__ . '/../lib/vipps_token.php';

$token = fjord_partner_token();
$ch = curl_init('https://api.vipps.no/epayment/v1/payments');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer ' . $token,
        'Ocp-Apim-Subscription-Key: ' . getenv('VIPPS_PARTNER_SUBSCRIPTION_KEY'),
        'Merchant-Serial-Number: ' . $_POST['msn'],
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => json_encode([
        'amount' => ['currency' => 'NOK', 'value' => (int) $_POST['amount']],
        'paymentMethod' => ['type' => 'WALLET'],
        'reference' => 'stall-' . bin2hex(random_bytes(8)),
        'userFlow' => 'WEB_REDIRECT',
        'returnUrl' => 'https://fjordkasse.no/takk',
    ]),
]);
$payment = json_decode(curl_exec($ch), true);
header('Location: ' . $payment['redirectUrl']);
