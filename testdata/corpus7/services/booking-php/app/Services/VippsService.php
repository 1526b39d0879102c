<?php

namespace App\Services;

use App\Models\GroupBooking;
use Illuminate\Support\Arr;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use RuntimeException;

class VippsService
{
    private const SENSITIVE = ['Authorization', 'client_secret', 'Ocp-Apim-Subscription-Key'];

    public function accessToken(): string
    {
        $secret = config('services.vipps.client_secret');
        if (empty($secret)) {
            throw new RuntimeException('VIPPS_CLIENT_SECRET is not configured (config/services.php)');
        }

        return Cache::remember('vipps.access_token', 3000, function () use ($secret) {
            $headers = [
                'client_id' => config('services.vipps.client_id'),
                'client_secret' => $secret,
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
            ];
            Log::debug('vipps token request', ['headers' => Arr::except($headers, self::SENSITIVE)]);
            $response = Http::withHeaders($headers)->post(config('services.vipps.base_url') . '/accesstoken/get');
            if ($response->failed()) {
                Log::error('vipps token request failed', ['status' => $response->status(), 'body' => $response->json('error')]);
                throw new RuntimeException('Vipps token request failed');
            }

            return $response->json('access_token');
        });
    }

    public function createCheckoutSession(GroupBooking $booking, string $msn): array
    {
        $allowed = config('services.vipps.partner_msns', []);
        if (! in_array($msn, $allowed, true)) {
            throw new RuntimeException("MSN {$msn} is not one of our venues");
        }
        $response = Http::withToken($this->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
            ])
            ->post(config('services.vipps.base_url') . '/checkout/v3/session', [
                'transaction' => [
                    'amount' => ['currency' => 'NOK', 'value' => $booking->total_ore],
                    'reference' => $booking->reference,
                    'paymentDescription' => $booking->title,
                ],
            ]);
        Log::info('vipps checkout session', ['booking' => $booking->id, 'token' => $response->json('token')]);

        return $response->json();
    }
}
