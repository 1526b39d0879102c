<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

class PartnerRefundController extends Controller
{
    public function refund(Request $request, string $reference)
    {
        $response = Http::withToken(app('vipps.partner_token')->get())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('vipps.partner_subscription_key'),
                'Merchant-Serial-Number' => $request->header('X-Merchant-Serial'),
                'Idempotency-Key' => $reference . '-refund',
            ])
            ->post("https://api.vipps.no/epayment/v1/payments/{$reference}/refund", [
                'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            ]);

        return response()->json($response->json(), $response->status());
    }

    public function refundOwn(Request $request, string $reference)
    {
        $shop = $request->user()->shop;
        abort_unless($shop && $shop->vipps_msn, 404);
        $response = Http::withToken(app('vipps.partner_token')->get())
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('vipps.partner_subscription_key'),
                'Merchant-Serial-Number' => $shop->vipps_msn,
            ])
            ->post("https://api.vipps.no/epayment/v1/payments/{$reference}/refund", [
                'modificationAmount' => ['currency' => 'NOK', 'value' => (int) $request->input('amount')],
            ]);

        return response()->json($response->json(), $response->status());
    }
}
