<?php
// Vipps MobilePay ePayment endpoint for the old kassesystem (called by the counter PCs).
declare(strict_types=1);

require_once __DIR__ . '/lib/vipps_auth.php';

header('Content-Type: application/json');

$base = getenv('VIPPS_API_BASE') ?: 'https://api.vipps.no';
$action = $_GET['action'] ?? '';

function vipps_request(string $method, string $url, array $headers, ?array $body = null): array
{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => $headers,
        CURLOPT_TIMEOUT => 15,
    ]);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $response = curl_exec($ch);
    if ($response === false) {
        $err = curl_error($ch);
        curl_close($ch);
        throw new RuntimeException('Vipps request failed: ' . $err);
    }
    $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);
    return [$status, json_decode($response, true)];
}

try {
    $token = vipps_access_token();

    switch ($action) {
        case 'create':
            $reference = 'kasse-' . bin2hex(random_bytes(8));
            [$status, $data] = vipps_request('POST', $base . '/epayment/v1/payments', [
                'Content-Type: application/json',
                'Authorization: Bearer ' . $token,
                'Ocp-Apim-Subscription-Key: ' . getenv('VIPPS_SUBSCRIPTION_KEY'),
                'Merchant-Serial-Number: ' . $_GET['msn'],
                'Idempotency-Key: ' . $reference,
            ], [
                'amount' => ['currency' => 'NOK', 'value' => (int) $_POST['amount']],
                'paymentMethod' => ['type' => 'WALLET'],
                'customer' => ['phoneNumber' => $_POST['phone']],
                'reference' => $reference,
                'userFlow' => 'PUSH_MESSAGE',
            ]);
            echo json_encode(['status' => $status, 'reference' => $reference]);
            break;

        case 'capture':
            $msn = $_POST['msn'];
            $reference = rawurlencode($_POST['reference']);
            [$status] = vipps_request('POST', "$base/epayment/v1/payments/$reference/capture", [
                'Content-Type: application/json',
                'Authorization: Bearer ' . $token,
                'Ocp-Apim-Subscription-Key: ' . getenv('VIPPS_SUBSCRIPTION_KEY'),
                "Merchant-Serial-Number: $msn",
                'Idempotency-Key: ' . bin2hex(random_bytes(16)),
            ], ['modificationAmount' => ['currency' => 'NOK', 'value' => (int) $_POST['amount']]]);
            echo json_encode(['status' => $status]);
            break;

        case 'cancel':
            $salesUnit = trim((string) $_REQUEST['msn']);
            $reference = rawurlencode($_REQUEST['reference']);
            [$status] = vipps_request('POST', "$base/epayment/v1/payments/$reference/cancel", [
                'Authorization: Bearer ' . $token,
                'Ocp-Apim-Subscription-Key: ' . getenv('VIPPS_SUBSCRIPTION_KEY'),
                'Merchant-Serial-Number: ' . $salesUnit,
                'Idempotency-Key: ' . bin2hex(random_bytes(16)),
            ]);
            echo json_encode(['status' => $status]);
            break;

        default:
            http_response_code(400);
            echo json_encode(['error' => 'unknown action']);
    }
} catch (Throwable $e) {
    http_response_code(502);
    echo json_encode(['error' => 'vipps unavailable']);
}
