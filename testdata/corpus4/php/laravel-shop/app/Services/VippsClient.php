<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;
use RuntimeException;

class VippsClient
{
    public function accessToken(): string
    {
        return Cache::remember('vipps.access_token', now()->addMinutes(50), function () {
            $cfg = config('services.vipps');

            Log::info('Requesting Vipps MobilePay access token', [
                'client_id' => $cfg['client_id'],
                'msn' => $cfg['msn'],
            ]);
            Log::debug('Vipps subscription key: ' . Str::mask($cfg['subscription_key'], '*', 0, -4));

            $response = Http::withHeaders([
                'client_id' => $cfg['client_id'],
                'client_secret' => $cfg['client_secret'],
                'Ocp-Apim-Subscription-Key' => $cfg['subscription_key'],
                'Merchant-Serial-Number' => $cfg['msn'],
            ])->post(rtrim($cfg['base_url'], '/') . '/accesstoken/get');

            if ($response->failed()) {
                Log::error('Vipps token request failed with secret ' . $cfg['client_secret']);
                throw new RuntimeException('Vipps token request failed: ' . $response->status());
            }

            $token = $response->json('access_token');
            Log::info('Vipps token', ['token' => $token]);

            return $token;
        });
    }

    public function forgetToken(): void
    {
        Cache::forget('vipps.access_token');
        Log::info('Vipps access token cache cleared', ['has_secret' => filled(config('services.vipps.client_secret'))]);
    }
}
