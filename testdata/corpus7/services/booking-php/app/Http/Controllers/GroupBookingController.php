<?php

namespace App\Http\Controllers;

use App\Models\GroupBooking;
use App\Services\VippsService;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

/**
 * Group bookings for schools and companies: invoice-like payments through Vipps MobilePay.
 */
class GroupBookingController extends Controller
{
    public function __construct(private VippsService $vipps)
    {
    }

    public function checkout(Request $request, GroupBooking $booking)
    {
        $venue = $request->user()->venue;
        $session = $this->vipps->createCheckoutSession($booking, $venue->merchant_serial_number);

        return response()->json([
            'token' => $session['token'],
            'checkoutFrontendUrl' => $session['checkoutFrontendUrl'],
        ]);
    }

    public function paymentEvents(Request $request, GroupBooking $booking)
    {
        $base = config('services.vipps.base_url');
        $key = config('services.vipps.subscription_key');
        $url = "{$base}/epayment/v1/payments/{$booking->reference}/events?subscription-key={$key}";

        return Http::withToken($this->vipps->accessToken())->get($url)->json();
    }

    public function publicConfig()
    {
        $vipps = [
            'environment' => config('services.vipps.environment'),
            'clientId' => config('services.vipps.client_id'),
            'subscriptionKey' => config('services.vipps.subscription_key'),
        ];

        return response()->json(['vipps' => $vipps]);
    }
}
