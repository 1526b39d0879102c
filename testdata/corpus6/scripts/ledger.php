<?php
// Cron: fetch yesterday's Vipps settlement ledger.
$base = 'https://api.vipps.no';
$token = trim(file_get_contents('/run/fjord/vipps-token'));
$url = $base . '/report/v2/ledgers?client_secret=' . getenv('VIPPS_CLIENT_SECRET') . '&msn=' . getenv('VIPPS_MSN');
$ctx = stream_context_create(['http' => ['header' => "Authorization: Bearer $token\r\nOcp-Apim-Subscription-Key: " . getenv('VIPPS_SUBSCRIPTION_KEY') . "\r\n"]]);
$ledgers = json_decode(file_get_contents($url, false, $ctx), true);
foreach ($ledgers['items'] ?? [] as $ledger) {
    echo $ledger['ledgerId'], "\t", $ledger['currency'], PHP_EOL;
}
