<?php

namespace App\Http\Controllers;

use App\Services\Vipps\AccessTokenService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

/**
 * Betalinger for salongene i Salongsystemet (partnernøkler, én salgsenhet per salong).
 * Route: POST /api/salonger/{msn}/betalinger
 */
class VippsPaymentController extends Controller
{
    public function __construct(private AccessTokenService $tokens)
    {
    }

    public function store(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'amount' => 'required|integer|min:100',
            'phone' => 'required|string',
            'description' => 'nullable|string|max:100',
        ]);

        $reference = 'salong-' . Str::lower(Str::random(16));

        $response = Http::withToken($this->tokens->get())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
                'Merchant-Serial-Number' => $request->route('msn'),
                'Idempotency-Key' => (string) Str::uuid(),
                'Vipps-System-Name' => 'salongsystemet',
                'Vipps-System-Version' => config('app.version'),
            ])
            ->post(config('services.vipps.base_url') . '/epayment/v1/payments', [
                'amount' => ['currency' => 'NOK', 'value' => $validated['amount']],
                'paymentMethod' => ['type' => 'WALLET'],
                'customer' => ['phoneNumber' => $validated['phone']],
                'reference' => $reference,
                'userFlow' => 'PUSH_MESSAGE',
                'paymentDescription' => $validated['description'] ?? 'Salongbesøk',
            ]);

        return response()->json($response->json(), $response->status());
    }
}
