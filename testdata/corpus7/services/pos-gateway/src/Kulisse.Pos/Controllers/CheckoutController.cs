using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Kulisse.Pos.Controllers;

/// <summary>Vipps Checkout for the box office screen: the browser gets the session, never the keys.</summary>
[ApiController]
[Route("api/checkout")]
public sealed class CheckoutController : ControllerBase
{
    private readonly IHttpClientFactory _http;
    private readonly ILogger<CheckoutController> _logger;

    public CheckoutController(IHttpClientFactory http, ILogger<CheckoutController> logger)
    {
        _http = http;
        _logger = logger;
    }

    public sealed record CheckoutSession(string Token, string CheckoutFrontendUrl, string PollingUrl);

    [HttpPost("{orderId}")]
    public async Task<IActionResult> Create(string orderId)
    {
        var client = _http.CreateClient("vipps");
        var response = await client.PostAsJsonAsync("/checkout/v3/session", new { reference = orderId });
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync();
            _logger.LogWarning("Checkout session failed: {Error}", error);
            return StatusCode(502);
        }
        var session = await response.Content.ReadFromJsonAsync<CheckoutSession>();
        _logger.LogInformation("Checkout session {Token} for order {OrderId}", session!.Token, orderId);
        Response.Cookies.Append("vipps_checkout", session.Token, new CookieOptions { HttpOnly = false, Secure = true });
        return Ok(new { session.Token, session.CheckoutFrontendUrl });
    }
}
