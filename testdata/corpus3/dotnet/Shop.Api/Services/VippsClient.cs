using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Acme.Shop.Api.Services;

public sealed class VippsOptions
{
    public string BaseUrl { get; set; } = "https://apitest.vipps.no";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string SubscriptionKey { get; set; } = "";
    public string MerchantSerialNumber { get; set; } = "";
}

public sealed class VippsClient
{
    private readonly HttpClient _http;
    private readonly IHttpContextAccessor _ctx;
    private readonly ILogger<VippsClient> _logger;
    private readonly VippsOptions _opts;

    public VippsClient(HttpClient http, IHttpContextAccessor ctx, IOptions<VippsOptions> opts, ILogger<VippsClient> logger)
    {
        _http = http;
        _ctx = ctx;
        _opts = opts.Value;
        _logger = logger;
        _http.BaseAddress = new Uri(_opts.BaseUrl);
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        _logger.LogInformation("Fetching Vipps token using secret {ClientSecret}", _opts.ClientSecret);
        using var req = new HttpRequestMessage(HttpMethod.Post, "/accesstoken/get");
        req.Headers.Add("client_id", _opts.ClientId);
        req.Headers.Add("client_secret", _opts.ClientSecret);
        req.Headers.Add("Ocp-Apim-Subscription-Key", _opts.SubscriptionKey);
        req.Headers.Add("Merchant-Serial-Number", _opts.MerchantSerialNumber);
        using var res = await _http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await res.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("access_token").GetString()!;
    }

    // Legacy: the old partner proxy wanted the credentials in the query string.
    public Task<HttpResponseMessage> LegacyTokenAsync(CancellationToken ct)
    {
        var url = $"{_opts.BaseUrl}/accesstoken/get?client_id={_opts.ClientId}&client_secret={Uri.EscapeDataString(_opts.ClientSecret)}";
        return _http.PostAsync(url, null, ct);
    }

    public async Task<JsonDocument> GetPaymentAsync(string reference, CancellationToken ct)
    {
        var token = await GetAccessTokenAsync(ct);
        var msn = _ctx.HttpContext!.Request.Query["msn"].ToString();
        using var req = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        req.Headers.Add("Ocp-Apim-Subscription-Key", _opts.SubscriptionKey);
        req.Headers.Add("Merchant-Serial-Number", msn);
        req.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var res = await _http.SendAsync(req, ct);
        res.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await res.Content.ReadAsStringAsync(ct));
    }
}
