<?php
// Legacy eCom v2 initiate, still used by two venues' old booking widgets (form POST).
require __DIR__ . '/../vendor/autoload.php';

$config = require __DIR__ . '/../config/services.php';
$vipps  = $config['vipps'];

function vipps_token(array $vipps): string
{
    $ch = curl_init($vipps['base_url'] . '/accesstoken/get');
    curl_setopt_array($ch, [
        CURLOPT_POST           => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER     => [
            'client_id: ' . $vipps['client_id'],
            'client_secret: ' . $vipps['client_secret'],
            'Ocp-Apim-Subscription-Key: ' . $vipps['subscription_key'],
        ],
    ]);
    $body = json_decode(curl_exec($ch), true);
    return $body['access_token'];
}

$payload = [
    'customerInfo' => ['mobileNumber' => $_POST['phone'] ?? ''],
    'merchantInfo' => [
        'merchantSerialNumber' => $_POST['msn'],
        'callbackPrefix'       => 'https://billett.kulisse.no/legacy/vipps/callback',
        'fallBack'             => 'https://billett.kulisse.no/legacy/kvittering',
    ],
    'transaction'  => [
        'orderId'            => 'legacy-' . bin2hex(random_bytes(6)),
        'amount'             => (int) $_POST['amount_ore'],
        'transactionText'    => 'Billetter',
    ],
];

$ch = curl_init($vipps['base_url'] . '/ecomm/v2/payments');
curl_setopt_array($ch, [
    CURLOPT_POST           => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_POSTFIELDS     => json_encode($payload),
    CURLOPT_HTTPHEADER     => [
        'Authorization: Bearer ' . vipps_token($vipps),
        'Ocp-Apim-Subscription-Key: ' . $vipps['subscription_key'],
        'Content-Type: application/json',
    ],
]);
$response = json_decode(curl_exec($ch), true);
if (empty($response['url'])) {
    error_log('Vipps initiate failed: ' . json_encode($response));
    http_response_code(502);
    exit;
}
header('Location: ' . $response['url']);
