using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Acme.Payments.Data;
using Acme.Payments.Models;
using Acme.Payments.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Controllers;

/// <summary>
/// Back-office refunds. The Merchant-Serial-Number always comes from the authenticated
/// principal, from our own database (scoped to the principal) or from configuration.
/// </summary>
[ApiController]
[Authorize(Policy = "MerchantStaff")]
[Route("api/backoffice/vipps")]
public class VippsRefundsController : ControllerBase
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IVippsTokenService _tokens;
    private readonly VippsOptions _options;
    private readonly ShopDbContext _db;

    public VippsRefundsController(IHttpClientFactory httpClientFactory, IVippsTokenService tokens, IOptions<VippsOptions> options, ShopDbContext db)
    {
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _options = options.Value;
        _db = db;
    }

    [HttpPost("payments/{reference}/refund")]
    public async Task<IActionResult> Refund(string reference, [FromBody] AmountRequest body, CancellationToken ct)
    {
        var msn = User.FindFirstValue("vipps_msn");
        if (string.IsNullOrEmpty(msn))
        {
            return Forbid();
        }

        var client = _httpClientFactory.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/refund")
        {
            Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = body.Amount } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAccessTokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", msn);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? NoContent() : StatusCode(StatusCodes.Status502BadGateway);
    }

    [HttpPost("shops/{shopId:int}/payments/{reference}/capture")]
    public async Task<IActionResult> Capture(int shopId, string reference, [FromBody] AmountRequest body, CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var shop = await _db.Shops.SingleOrDefaultAsync(s => s.Id == shopId && s.OwnerId == userId, ct);
        if (shop is null)
        {
            return NotFound();
        }

        var client = _httpClientFactory.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/capture")
        {
            Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = body.Amount } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAccessTokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", shop.VippsMsn);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? NoContent() : StatusCode(StatusCodes.Status502BadGateway);
    }

    [HttpPost("payments/{reference}/cancel")]
    public async Task<IActionResult> Cancel(string reference, CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/cancel");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAccessTokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", _options.MerchantSerialNumber);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? NoContent() : StatusCode(StatusCodes.Status502BadGateway);
    }
}
