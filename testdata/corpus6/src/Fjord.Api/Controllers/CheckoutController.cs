using Fjord.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fjord.Api.Controllers;

[ApiController]
[Route("checkout")]
public sealed class CheckoutController : ControllerBase
{
    private readonly HttpClient _http;
    private readonly VippsOptions _vipps;
    private readonly ILogger<CheckoutController> _logger;

    public CheckoutController(HttpClient http, IOptions<VippsOptions> vipps, ILogger<CheckoutController> logger)
    {
        _http = http;
        _vipps = vipps.Value;
        _logger = logger;
    }

    private sealed record SessionResponse(string token, string checkoutFrontendUrl, string pollingUrl);

    [HttpPost("{orderId}")]
    public async Task<IActionResult> Create(string orderId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_vipps.BaseUrl}/checkout/v3/session");
        request.Headers.Add("client_id", _vipps.ClientId);
        request.Headers.Add("client_secret", _vipps.ClientSecret);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _vipps.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _vipps.MerchantSerialNumber);
        request.Content = JsonContent.Create(new
        {
            merchantInfo = new { callbackUrl = "https://fjordkasse.no/api/vipps/checkout", returnUrl = $"https://fjordkasse.no/orders/{orderId}", callbackAuthorizationToken = Guid.NewGuid().ToString() },
            transaction = new { amount = new { currency = "NOK", value = 29900 }, reference = orderId, paymentDescription = "Fjordkasse" },
        });
        using var response = await _http.SendAsync(request, ct);
        var session = await response.Content.ReadFromJsonAsync<SessionResponse>(cancellationToken: ct);
        _logger.LogInformation("Checkout session {Token} for order {OrderId}", session!.token, orderId);
        return Ok(new { session.token, session.checkoutFrontendUrl });
    }
}
