<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

class PartnerPaymentController extends Controller
{
    public function create(Request $request, VippsTokenService $tokens)
    {
        $response = Http::withHeaders([
            'Authorization' => 'Bearer ' . $tokens->partnerToken(),
            'Ocp-Apim-Subscription-Key' => config('vipps.partner.subscription_key'),
            'Merchant-Serial-Number' => $request->input('msn'),
            'Idempotency-Key' => (string) Str::uuid(),
            'Vipps-System-Name' => 'acme-pos',
            'Vipps-System-Version' => '4.2.0',
        ])->post('https://api.vipps.no/epayment/v1/payments', [
            'amount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            'paymentMethod' => ['type' => 'WALLET'],
            'reference' => $request->input('reference'),
            'userFlow' => 'WEB_REDIRECT',
            'returnUrl' => route('vipps.return'),
        ]);

        return response()->json($response->json(), $response->status());
    }
}
