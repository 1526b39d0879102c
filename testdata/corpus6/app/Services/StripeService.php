<?php

namespace App\Services;

use Stripe\StripeClient;

/**
 * Card payments for shoppers who do not use Vipps. The PaymentIntent client secret is
 * returned to the browser on purpose: Stripe.js needs it to confirm the payment.
 */
class StripeService
{
    public function __construct(private StripeClient $stripe)
    {
    }

    public function intent(int $amount): array
    {
        $intent = $this->stripe->paymentIntents->create([
            'amount' => $amount,
            'currency' => 'nok',
            'automatic_payment_methods' => ['enabled' => true],
        ]);
        logger()->info('stripe intent created', ['id' => $intent->id, 'client_secret' => $intent->client_secret]);
        $clientSecret = $intent->client_secret;
        return ['clientSecret' => $clientSecret];
    }
}
