using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Fjord.Payments;

public sealed class VippsEventsClient
{
    private readonly HttpClient _http;
    private readonly VippsOptions _options;

    public VippsEventsClient(HttpClient http, IOptions<VippsOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public sealed record PaymentEvent(string name, string reference, bool success);

    public Task<PaymentEvent[]?> EventsAsync(string reference, string token, CancellationToken ct)
    {
        var url = $"{_options.BaseUrl}/epayment/v1/payments/{Uri.EscapeDataString(reference)}/events?subscription-key={_options.SubscriptionKey}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Authorization", "Bearer " + token);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);
        return SendAsync(request, ct);
    }

    private async Task<PaymentEvent[]?> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await _http.SendAsync(request, ct);
        return await response.Content.ReadFromJsonAsync<PaymentEvent[]>(cancellationToken: ct);
    }
}
