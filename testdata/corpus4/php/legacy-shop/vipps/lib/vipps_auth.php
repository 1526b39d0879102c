<?php
// Access token helper for the Vipps MobilePay Access token API.
declare(strict_types=1);

function vipps_access_token(): string
{
    static $token = null;
    if ($token !== null) {
        return $token;
    }

    $base = getenv('VIPPS_API_BASE') ?: 'https://api.vipps.no';
    $clientId = getenv('VIPPS_CLIENT_ID');
    $clientSecret = getenv('VIPPS_CLIENT_SECRET');
    $subscriptionKey = getenv('VIPPS_SUBSCRIPTION_KEY');

    error_log(sprintf('[vipps] fetching token client_id=%s msn=%s', $clientId, getenv('VIPPS_MSN')));

    $ch = curl_init($base . '/accesstoken/get');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => [
            'client_id: ' . $clientId,
            'client_secret: ' . $clientSecret,
            'Ocp-Apim-Subscription-Key: ' . $subscriptionKey,
            'Content-Length: 0',
        ],
    ]);
    $body = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
    curl_close($ch);

    if ($status !== 200) {
        error_log("[vipps] token request failed ($status) with client_secret=$clientSecret");
        throw new RuntimeException('Could not get Vipps access token');
    }

    $data = json_decode($body, true);
    if (getenv('VIPPS_DEBUG')) {
        var_dump($data['access_token']);
        error_log('[vipps] subscription key configured: ' . ($subscriptionKey !== false ? 'yes' : 'no'));
        error_log('[vipps] subscription key: ****' . substr((string) $subscriptionKey, -4));
    }

    $token = $data['access_token'];
    return $token;
}
