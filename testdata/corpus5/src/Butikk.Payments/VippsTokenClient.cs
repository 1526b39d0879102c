using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Butikk.Payments;

public sealed class VippsTokenClient
{
    private readonly HttpClient _http;
    private readonly VippsOptions _opts;

    public VippsTokenClient(HttpClient http, IOptions<VippsOptions> opts)
    {
        _http = http;
        _opts = opts.Value;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{_opts.BaseUrl}/accesstoken/get");
        req.Headers.Add("client_id", _opts.ClientId);
        req.Headers.Add("client_secret", _opts.ClientSecret);
        req.Headers.Add("Ocp-Apim-Subscription-Key", _opts.SubscriptionKey);
        var resp = await _http.SendAsync(req, ct);
        if (!resp.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Vipps token request failed ({(int)resp.StatusCode}) for client {_opts.ClientId} using secret {_opts.ClientSecret}");
        }
        var body = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        return body!.AccessToken;
    }
}
