using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Fjord.Payments;

public sealed class VippsTokenService
{
    private readonly HttpClient _http;
    private readonly VippsOptions _options;
    private readonly ILogger<VippsTokenService> _logger;

    public VippsTokenService(HttpClient http, IOptions<VippsOptions> options, ILogger<VippsTokenService> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    private sealed record TokenResponse(string access_token, string expires_in);

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/accesstoken/get");
        request.Headers.Add("client_id", _options.ClientId);
        request.Headers.Add("client_secret", _options.ClientSecret);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);

        Console.WriteLine($"Requesting Vipps token for {_options.ClientId} with secret {_options.ClientSecret}");
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("Vipps token request failed: {Status}", response.StatusCode);
            throw new InvalidOperationException($"Vipps token request failed with {(int)response.StatusCode}");
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                    ?? throw new InvalidOperationException("empty token response");
        _logger.LogInformation("Fetched Vipps token {Token}", token.access_token);
        _logger.LogDebug("Vipps token length {Length}", token.access_token.Length);
        return token.access_token;
    }
}
