<?php

namespace App\Controller;

use App\Entity\Merchant;
use App\Vipps\TokenProvider;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;
use Symfony\Component\Uid\Uuid;
use Symfony\Contracts\HttpClient\HttpClientInterface;

#[Route('/vipps')]
class VippsPaymentController extends AbstractController
{
    public function __construct(
        private readonly HttpClientInterface $vippsClient,
        private readonly TokenProvider $tokens,
        #[Autowire('%env(VIPPS_SUBSCRIPTION_KEY)%')] private readonly string $subscriptionKey,
    ) {
    }

    #[Route('/payments', methods: ['POST'])]
    public function create(Request $request): JsonResponse
    {
        $reference = 'sf-' . Uuid::v4()->toRfc4122();
        $response = $this->vippsClient->request('POST', '/epayment/v1/payments', [
            'auth_bearer' => $this->tokens->get(),
            'headers' => [
                'Ocp-Apim-Subscription-Key' => $this->subscriptionKey,
                'Merchant-Serial-Number' => $request->query->get('msn'),
                'Idempotency-Key' => $reference,
            ],
            'json' => [
                'amount' => ['currency' => 'NOK', 'value' => $request->getPayload()->getInt('amount')],
                'paymentMethod' => ['type' => 'WALLET'],
                'reference' => $reference,
                'returnUrl' => $this->generateUrl('checkout_done', ['reference' => $reference], 0),
                'userFlow' => 'WEB_REDIRECT',
            ],
        ]);

        return $this->json(['reference' => $reference, 'redirectUrl' => $response->toArray()['redirectUrl']]);
    }

    #[Route('/payments/{reference}/capture', methods: ['POST'])]
    public function capture(Request $request, string $reference): Response
    {
        $msn = $request->request->get('merchant_serial_number');
        $response = $this->vippsClient->request('POST', "/epayment/v1/payments/$reference/capture", [
            'auth_bearer' => $this->tokens->get(),
            'headers' => [
                'Ocp-Apim-Subscription-Key' => $this->subscriptionKey,
                'Merchant-Serial-Number' => $msn,
                'Idempotency-Key' => Uuid::v4()->toRfc4122(),
            ],
            'json' => ['modificationAmount' => ['currency' => 'NOK', 'value' => $request->request->getInt('amount')]],
        ]);

        return new Response(null, $response->getStatusCode() < 300 ? 204 : 502);
    }

    #[Route('/merchants/{msn}/payments/{reference}', methods: ['GET'])]
    public function show(string $msn, string $reference): JsonResponse
    {
        $response = $this->vippsClient->request('GET', "/epayment/v1/payments/$reference", [
            'auth_bearer' => $this->tokens->get(),
            'headers' => [
                'Ocp-Apim-Subscription-Key' => $this->subscriptionKey,
                'Merchant-Serial-Number' => $msn,
            ],
        ]);

        return $this->json(['state' => $response->toArray()['state']]);
    }

    // --- logged-in merchants: MSN from the security user or from container parameters ---

    #[Route('/me/payments/{reference}/refund', methods: ['POST'])]
    #[IsGranted('ROLE_MERCHANT')]
    public function refund(Request $request, string $reference): Response
    {
        /** @var Merchant $merchant */
        $merchant = $this->getUser();
        $response = $this->vippsClient->request('POST', "/epayment/v1/payments/$reference/refund", [
            'auth_bearer' => $this->tokens->get(),
            'headers' => [
                'Ocp-Apim-Subscription-Key' => $this->subscriptionKey,
                'Merchant-Serial-Number' => $merchant->getVippsMsn(),
                'Idempotency-Key' => Uuid::v4()->toRfc4122(),
            ],
            'json' => ['modificationAmount' => ['currency' => 'NOK', 'value' => $request->getPayload()->getInt('amount')]],
        ]);

        return new Response(null, $response->getStatusCode() < 300 ? 204 : 502);
    }

    #[Route('/payments/{reference}/cancel', methods: ['POST'])]
    public function cancel(string $reference): Response
    {
        $response = $this->vippsClient->request('POST', "/epayment/v1/payments/$reference/cancel", [
            'auth_bearer' => $this->tokens->get(),
            'headers' => [
                'Ocp-Apim-Subscription-Key' => $this->subscriptionKey,
                'Merchant-Serial-Number' => $this->getParameter('app.vipps.msn'),
                'Idempotency-Key' => Uuid::v4()->toRfc4122(),
            ],
        ]);

        return new Response(null, $response->getStatusCode() < 300 ? 204 : 502);
    }
}
