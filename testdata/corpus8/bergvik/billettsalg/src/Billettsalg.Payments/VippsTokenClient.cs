using Microsoft.Extensions.Options;

namespace Bergvik.Billettsalg.Payments;

public sealed class VippsTokenClient(HttpClient http, IOptions<VippsOptions> options)
{
    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var o = options.Value;
        using var req = new HttpRequestMessage(HttpMethod.Post, "/accesstoken/get");
        req.Headers.Add("client_id", o.ClientId);
        req.Headers.Add("client_secret", o.ClientSecret);
        req.Headers.Add("Ocp-Apim-Subscription-Key", o.SubscriptionKey);
        req.Headers.Add("Merchant-Serial-Number", o.MerchantSerialNumber);
        using var res = await http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        var body = await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        return body!.AccessToken;
    }
}
