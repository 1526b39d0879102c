<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class VippsConfigController extends Controller
{
    // GET /api/vipps/checkout-config (public)
    public function checkout(): JsonResponse
    {
        return response()->json(['msn' => config('services.vipps.msn'), 'return_url' => url('/vipps/return')]);
    }

    // GET /api/vipps/pos-config (auth:sanctum) -- the Android POS calls api.vipps.no directly
    public function pos(Request $request): JsonResponse
    {
        return response()->json(['msn' => $request->user()->store->vipps_msn, 'subscription_key' => config('services.vipps.subscription_key')]);
    }

    // GET /api/vipps/pos-credentials (auth:sanctum)
    public function credentials(): JsonResponse
    {
        return response()->json(['client_id' => config('services.vipps.client_id'), 'client_secret' => config('services.vipps.client_secret')]);
    }

    // GET /api/orders/{order}/vipps (auth:sanctum)
    public function order(Request $request, Order $order): JsonResponse
    {
        abort_unless($order->user_id === $request->user()->id, 404);

        return response()->json(['order_id' => $order->id, 'reference' => $order->vipps_reference, 'state' => $order->vipps_state]);
    }
}
