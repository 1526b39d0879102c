using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Nettbutikk.Services;

public sealed class VippsOptions
{
    public string BaseUrl { get; set; } = "https://api.vipps.no";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string SubscriptionKey { get; set; } = "";
    public string MerchantSerialNumber { get; set; } = "";
}

/// <summary>
/// eCom v2 client kept for orders created before the ePayment migration.
/// </summary>
public sealed class VippsLegacyClient(HttpClient http, IOptions<VippsOptions> options, IVippsTokenProvider tokens)
{
    private readonly VippsOptions _opts = options.Value;

    public async Task<EcomOrderDetails?> GetDetailsAsync(string orderId, CancellationToken ct)
    {
        var url = $"{_opts.BaseUrl}/ecomm/v2/payments/{Uri.EscapeDataString(orderId)}/details?subscription-key={_opts.SubscriptionKey}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(ct));
        request.Headers.Add("Merchant-Serial-Number", _opts.MerchantSerialNumber);

        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<EcomOrderDetails>(cancellationToken: ct);
    }
}

public sealed record EcomOrderDetails(string OrderId, IReadOnlyList<EcomTransaction> TransactionLogHistory);
public sealed record EcomTransaction(int Amount, string Operation, bool OperationSuccess, DateTimeOffset TimeStamp);
