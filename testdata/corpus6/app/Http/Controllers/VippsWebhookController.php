<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class VippsWebhookController extends Controller
{
    public function handle(Request $request)
    {
        Log::info('vipps webhook received', ['name' => $request->input('name'), 'reference' => $request->input('reference')]);
        Log::debug('vipps secret configured', ['present' => filled(config('vipps.client_secret'))]);

        $order = Order::where('vipps_reference', $request->input('reference'))->firstOrFail();
        $payment = Http::withHeaders([
            'Authorization' => 'Bearer ' . app('vipps.token')->get(),
            'Ocp-Apim-Subscription-Key' => config('vipps.subscription_key'),
            'Merchant-Serial-Number' => config('vipps.msn'),
        ])->get('https://api.vipps.no/epayment/v1/payments/' . $order->vipps_reference)->json();

        if (! isset($payment['state'])) {
            Log::error('vipps: payment lookup failed', ['error' => $payment['title'] ?? 'unknown']);
            return response()->noContent(500);
        }
        $order->update(['vipps_state' => $payment['state']]);
        return response()->noContent();
    }
}
