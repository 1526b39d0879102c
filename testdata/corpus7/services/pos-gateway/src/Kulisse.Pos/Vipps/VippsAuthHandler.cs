using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kulisse.Pos.Vipps;

/// <summary>Adds the Vipps MobilePay credentials to every request of the typed client.</summary>
public sealed class VippsAuthHandler : DelegatingHandler
{
    private readonly VippsOptions _options;
    private readonly ILogger<VippsAuthHandler> _logger;
    private string? _token;
    private DateTimeOffset _expires;

    public VippsAuthHandler(IOptions<VippsOptions> options, ILogger<VippsAuthHandler> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.ClientSecret))
        {
            throw new ArgumentNullException(nameof(_options.ClientSecret), "Vipps:ClientSecret is not provided");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Vipps-System-Name", "kulisse-pos");
        return await base.SendAsync(request, ct);
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        if (_token is not null && _expires > DateTimeOffset.UtcNow.AddMinutes(1))
        {
            return _token;
        }
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.BaseUrl, "/accesstoken/get"));
        tokenRequest.Headers.Add("client_id", _options.ClientId);
        tokenRequest.Headers.Add("client_secret", _options.ClientSecret);
        tokenRequest.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        _logger.LogDebug("Requesting Vipps token for {ClientId} with secret {ClientSecret}", _options.ClientId, _options.ClientSecret);
        using var response = await base.SendAsync(tokenRequest, ct);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("Vipps token request failed with {Status}; key ends with {KeyTail}",
                response.StatusCode, _options.SubscriptionKey[^4..]);
            response.EnsureSuccessStatusCode();
        }
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        _token = body!.AccessToken;
        _expires = DateTimeOffset.UtcNow.AddSeconds(int.Parse(body.ExpiresIn));
        return _token;
    }

    private sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] string ExpiresIn);
}
