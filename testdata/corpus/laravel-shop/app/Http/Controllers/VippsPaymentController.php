<?php

namespace App\Http\Controllers;

use App\Models\Order;
use App\Services\Vipps\TokenService;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class VippsPaymentController extends Controller
{
    public function __construct(private TokenService $tokens)
    {
    }

    public function store(Request $request, Order $order)
    {
        $this->authorize('pay', $order);
        $msn = $request->input('msn', config('vipps.msn'));

        Log::info('Vipps: fetching token', ['client_id' => config('vipps.client_id'), 'client_secret' => config('vipps.client_secret')]);
        $token = $this->tokens->get();

        $response = Http::withToken($token)
            ->withHeaders([
                'Ocp-Apim-Subscription-Key' => config('vipps.subscription_key'),
                'Merchant-Serial-Number' => $msn,
                'Idempotency-Key' => $order->uuid,
                'Vipps-System-Name' => config('vipps.system_name'),
                'Vipps-System-Version' => config('vipps.system_version'),
            ])
            ->post(config('vipps.base_url').'/epayment/v1/payments', [
                'amount' => ['currency' => 'NOK', 'value' => $order->total_ore],
                'paymentMethod' => ['type' => 'WALLET'],
                'reference' => $order->uuid,
                'returnUrl' => route('orders.show', $order),
                'userFlow' => 'WEB_REDIRECT',
            ]);

        $response->throw();

        return redirect()->away($response->json('redirectUrl'));
    }
}
