<?php

namespace App\Http\Controllers;

use App\Models\Store;
use App\Services\VippsClient;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

class VippsPaymentController extends Controller
{
    public function __construct(private readonly VippsClient $vipps)
    {
    }

    private function baseUrl(): string
    {
        return rtrim(config('services.vipps.base_url'), '/');
    }

    // POST /api/vipps/payments
    public function store(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'amount' => ['required', 'integer', 'min:100'],
            'msn' => ['required', 'digits_between:5,7'],
        ]);

        $reference = 'lara-' . Str::uuid();
        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $request->input('msn'),
                'Idempotency-Key' => $reference,
            ])
            ->post($this->baseUrl() . '/epayment/v1/payments', [
                'amount' => ['currency' => 'NOK', 'value' => $validated['amount']],
                'paymentMethod' => ['type' => 'WALLET'],
                'reference' => $reference,
                'returnUrl' => route('checkout.done', ['reference' => $reference]),
                'userFlow' => 'WEB_REDIRECT',
            ]);

        return response()->json(['reference' => $reference, 'redirectUrl' => $response->json('redirectUrl')], $response->status());
    }

    // GET /api/vipps/payments/{reference}?msn=...
    public function show(Request $request, string $reference): JsonResponse
    {
        $msn = $request->query('msn');

        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
            ])
            ->get($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference));

        return response()->json(['state' => $response->json('state')]);
    }

    // POST /api/vipps/payments/{reference}/capture  (POS sends X-Merchant-Serial-Number)
    public function capture(Request $request, string $reference): JsonResponse
    {
        $msn = $request->header('X-Merchant-Serial-Number');

        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
                'Idempotency-Key' => (string) Str::uuid(),
            ])
            ->post($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference) . '/capture', [
                'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            ]);

        return response()->json([], $response->successful() ? 204 : 502);
    }

    // POST /api/vipps/payments/{reference}/cancel
    public function cancel(Request $request, string $reference): JsonResponse
    {
        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $request->cookie('vipps_msn'),
                'Idempotency-Key' => (string) Str::uuid(),
            ])
            ->post($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference) . '/cancel');

        return response()->json([], $response->successful() ? 204 : 502);
    }

    // --- authenticated (auth:sanctum) routes: the MSN never comes from the request ---

    // POST /api/me/vipps/payments/{reference}/refund
    public function refund(Request $request, string $reference): JsonResponse
    {
        $msn = $request->user()->store->vipps_msn;

        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
                'Idempotency-Key' => (string) Str::uuid(),
            ])
            ->post($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference) . '/refund', [
                'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            ]);

        return response()->json([], $response->successful() ? 204 : 502);
    }

    // GET /api/me/stores/{storeId}/vipps/payments/{reference}
    public function showForStore(Request $request, int $storeId, string $reference): JsonResponse
    {
        $store = Store::where('id', $storeId)
            ->where('owner_id', $request->user()->id)
            ->firstOrFail();

        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $store->vipps_msn,
            ])
            ->get($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference));

        return response()->json(['state' => $response->json('state')]);
    }

    // GET /api/vipps/payments/{reference}/events  (webshop sales unit)
    public function events(string $reference): JsonResponse
    {
        $response = Http::withToken($this->vipps->accessToken())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => config('services.vipps.msn'),
            ])
            ->get($this->baseUrl() . '/epayment/v1/payments/' . rawurlencode($reference) . '/events');

        return response()->json($response->json());
    }
}
