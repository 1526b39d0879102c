<?php

namespace App\Http\Controllers\Admin;

use App\Http\Controllers\Controller;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Str;

class VippsSettingsController extends Controller
{
    /**
     * "Test connection" button on the admin page. Uses the MSN of the
     * logged-in shop owner, never a value from the form.
     */
    public function testConnection(Request $request)
    {
        $merchant = $request->user()->merchant;
        $secret = config('vipps.client_secret');

        Log::info('Testing Vipps connection', [
            'msn' => $merchant->msn,
            'client_secret' => Str::mask($secret, '*', 0, -4),
        ]);

        $response = Http::withHeaders([
            'client_id' => config('vipps.client_id'),
            'client_secret' => $secret,
            'Ocp-Apim-Subscription-Key' => config('vipps.subscription_key'),
            'Merchant-Serial-Number' => $merchant->msn,
        ])->post(config('vipps.base_url').'/accesstoken/get');

        return back()->with('status', $response->successful() ? 'Tilkobling OK' : 'Feil: '.$response->status());
    }
}
