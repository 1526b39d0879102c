using System.Net.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Nordlys.Web.Vipps;

public sealed class VippsTokenService : IVippsTokenService
{
    private readonly HttpClient _client;
    private readonly IMemoryCache _cache;
    private readonly VippsOptions _options;
    private readonly ILogger<VippsTokenService> _logger;

    public VippsTokenService(HttpClient client, IMemoryCache cache, IOptions<VippsOptions> options, ILogger<VippsTokenService> logger)
    {
        _client = client;
        _cache = cache;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (_cache.TryGetValue("vipps-token", out string? cached) && cached is not null)
        {
            return cached;
        }

        _logger.LogDebug("Requesting Vipps access token for MSN {Msn} (client_secret=***, subscription key=***)", _options.MerchantSerialNumber);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/accesstoken/get");
        request.Headers.Add("client_id", _options.ClientId);
        request.Headers.Add("client_secret", _options.ClientSecret);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        using var response = await _client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        _cache.Set("vipps-token", token!.AccessToken, TimeSpan.FromSeconds(int.Parse(token.ExpiresIn) - 60));
        return token.AccessToken;
    }
}
