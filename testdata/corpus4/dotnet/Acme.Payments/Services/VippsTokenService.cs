using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Acme.Payments.Models;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Services;

public interface IVippsTokenService
{
    Task<string> GetAccessTokenAsync(CancellationToken ct = default);
}

public sealed class VippsTokenService : IVippsTokenService
{
    private const string CacheKey = "vipps-access-token";
    private readonly HttpClient _http;
    private readonly IMemoryCache _cache;
    private readonly ILogger<VippsTokenService> _logger;
    private readonly VippsOptions _options;

    public VippsTokenService(HttpClient http, IMemoryCache cache, ILogger<VippsTokenService> logger, IOptions<VippsOptions> options)
    {
        _http = http;
        _cache = cache;
        _logger = logger;
        _options = options.Value;
    }

    private static string Fingerprint(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..8];

    public async Task<string> GetAccessTokenAsync(CancellationToken ct = default)
    {
        if (_cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
        {
            return cached;
        }

        _logger.LogInformation("Requesting Vipps access token for ClientId {ClientId} and MSN {Msn}", _options.ClientId, _options.MerchantSerialNumber);
        _logger.LogDebug("Subscription key fingerprint {Fingerprint}, secret configured: {HasSecret}", Fingerprint(_options.SubscriptionKey), !string.IsNullOrEmpty(_options.ClientSecret));
        _logger.LogDebug($"Using subscription key {_options.SubscriptionKey} against {_options.BaseUrl}");

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_options.BaseUrl), "/accesstoken/get"));
        request.Headers.Add("client_id", _options.ClientId);
        request.Headers.Add("client_secret", _options.ClientSecret);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("Vipps token request failed ({Status}) for client secret {ClientSecret}", (int)response.StatusCode, _options.ClientSecret);
            response.EnsureSuccessStatusCode();
        }

        var token = await response.Content.ReadFromJsonAsync<AccessTokenResponse>(cancellationToken: ct)
                    ?? throw new InvalidOperationException("empty token response");

#if DEBUG
        Console.WriteLine($"Vipps access token: {token.AccessToken}");
#endif
        Console.WriteLine($"Vipps access token refreshed, expires in {token.ExpiresIn}s");

        _cache.Set(CacheKey, token.AccessToken, TimeSpan.FromSeconds(int.Parse(token.ExpiresIn) - 60));
        return token.AccessToken;
    }
}
