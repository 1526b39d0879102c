<?php
// Refunds from the back office. Only logged-in staff; the sales unit is the one stored
// in the server-side session at login (from the `butikker` table), or the head office MSN.
declare(strict_types=1);

session_start();
require_once __DIR__ . '/lib/vipps_auth.php';
require_once __DIR__ . '/../inc/db.php';

header('Content-Type: application/json');

if (empty($_SESSION['staff_id'])) {
    http_response_code(401);
    echo json_encode(['error' => 'not logged in']);
    exit;
}

$base = getenv('VIPPS_API_BASE') ?: 'https://api.vipps.no';
$msn = $_SESSION['butikk']['vipps_msn'] ?? getenv('VIPPS_MSN');

// The order must belong to the staff member's own shop.
$stmt = $pdo->prepare('SELECT reference, amount FROM orders WHERE id = ? AND butikk_id = ?');
$stmt->execute([(int) $_POST['order_id'], (int) $_SESSION['butikk']['id']]);
$order = $stmt->fetch(PDO::FETCH_ASSOC);
if (!$order) {
    http_response_code(404);
    echo json_encode(['error' => 'order not found']);
    exit;
}

$ch = curl_init($base . '/epayment/v1/payments/' . rawurlencode($order['reference']) . '/refund');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
        'Authorization: Bearer ' . vipps_access_token(),
        'Ocp-Apim-Subscription-Key: ' . getenv('VIPPS_SUBSCRIPTION_KEY'),
        'Merchant-Serial-Number: ' . $msn,
        'Idempotency-Key: ' . bin2hex(random_bytes(16)),
    ],
    CURLOPT_POSTFIELDS => json_encode([
        'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $order['amount']],
    ]),
]);
$response = curl_exec($ch);
$status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
curl_close($ch);

http_response_code($status >= 200 && $status < 300 ? 200 : 502);
echo json_encode(['refunded' => $status >= 200 && $status < 300]);
