using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Acme.Pos.Vipps;

public sealed record PaymentState(string State);

/// <summary>Polls the ePayment API for terminal payments.</summary>
public sealed class VippsStatusClient
{
    private readonly HttpClient _http; // BaseAddress https://api.vipps.no
    private readonly VippsTokenCache _tokens;
    private readonly VippsPosOptions _options;

    public VippsStatusClient(HttpClient http, VippsTokenCache tokens, IOptions<VippsPosOptions> options)
    {
        _http = http;
        _tokens = tokens;
        _options = options.Value;
    }

    public async Task<PaymentState?> GetStateAsync(string reference, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAsync());
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        using var response = await _http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PaymentState>(cancellationToken: ct);
    }

    // Used by the old Windows CE terminals through the relay; they cannot send custom headers.
    public async Task<PaymentState?> GetStateForRelayAsync(string reference, CancellationToken ct = default)
    {
        var token = await _tokens.GetAsync();
        var url = $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}?subscription-key={_options.SubscriptionKey}&access_token={token}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        using var response = await _http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<PaymentState>(cancellationToken: ct);
    }

    public async Task<string> GetEventsAsync(string reference, string orderId, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/events?orderId={Uri.EscapeDataString(orderId)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAsync());
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        using var response = await _http.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
