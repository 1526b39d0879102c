<?php

namespace App\Services;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;

/**
 * Settlement reports from the Vipps MobilePay Report API, used by the nightly accounting export.
 */
class VippsReportClient
{
    private Client $http;

    public function __construct(private readonly VippsClient $vipps)
    {
        $this->http = new Client([
            'base_uri' => config('services.vipps.base_url'), // https://api.vipps.no
            'timeout' => 30,
        ]);
    }

    /** @throws GuzzleException */
    public function ledgers(): array
    {
        $key = config('services.vipps.subscription_key');
        $msn = config('services.vipps.msn');
        $response = $this->http->get("/report/v2/ledgers?msn={$msn}&subscription-key={$key}", [
            'headers' => ['Authorization' => 'Bearer ' . $this->vipps->accessToken()],
        ]);

        return json_decode((string) $response->getBody(), true);
    }

    /** @throws GuzzleException */
    public function funds(string $ledgerId, string $date): array
    {
        $response = $this->http->get("/report/v2/ledgers/{$ledgerId}/funds/dates/{$date}", [
            'headers' => [
                'Authorization' => 'Bearer ' . $this->vipps->accessToken(),
                'Ocp-Apim-Subscription-Key' => config('services.vipps.subscription_key'),
            ],
            'query' => ['includeGDPRSensitiveData' => 'false', 'pageSize' => 1000],
        ]);

        return json_decode((string) $response->getBody(), true);
    }

    /** @throws GuzzleException */
    public function accountingToken(): string
    {
        $response = $this->http->post('/miami/v1/token', [
            'headers' => ['Ocp-Apim-Subscription-Key' => config('services.vipps.accounting_subscription_key')],
            'form_params' => [
                'grant_type' => 'client_credentials',
                'client_id' => config('services.vipps.accounting_client_id'),
                'client_secret' => config('services.vipps.accounting_client_secret'),
            ],
        ]);

        return json_decode((string) $response->getBody(), true)['access_token'];
    }

    /** @throws GuzzleException */
    public function fundsWithTokenInUrl(string $ledgerId, string $date): array
    {
        $token = $this->accountingToken();
        $url = '/report/v2/ledgers/' . $ledgerId . '/funds/dates/' . $date . '?access_token=' . urlencode($token);
        $response = $this->http->get($url, [
            'headers' => ['Ocp-Apim-Subscription-Key' => config('services.vipps.accounting_subscription_key')],
        ]);

        return json_decode((string) $response->getBody(), true);
    }
}
