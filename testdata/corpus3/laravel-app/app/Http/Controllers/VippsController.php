<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

class VippsController extends Controller
{
    private function token(): string
    {
        return Cache::remember('vipps.token', 3000, function () {
            $cfg = config('services.vipps');
            Log::info('Requesting Vipps access token', ['client_secret' => $cfg['client_secret']]);

            return Http::withHeaders([
                'client_id' => $cfg['client_id'],
                'client_secret' => $cfg['client_secret'],
                'Ocp-Apim-Subscription-Key' => $cfg['subscription_key'],
            ])->post($cfg['base_url'].'/accesstoken/get')->throw()->json('access_token');
        });
    }

    public function capture(Request $request, string $reference): JsonResponse
    {
        $msn = $request->input('merchant_serial_number');

        $response = Http::withToken($this->token())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
                'Idempotency-Key' => (string) Str::uuid(),
            ])
            ->post(config('services.vipps.base_url')."/epayment/v1/payments/{$reference}/capture", [
                'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            ]);

        return response()->json($response->json(), $response->status());
    }

    public function cancel(Request $request, string $reference): JsonResponse
    {
        $response = Http::withToken($this->token())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $request->cookie('vipps_msn'),
                'Idempotency-Key' => (string) Str::uuid(),
            ])
            ->post(config('services.vipps.base_url')."/epayment/v1/payments/{$reference}/cancel");

        return response()->json($response->json(), $response->status());
    }
}
