using System.Security.Claims;
using Fjord.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Fjord.Api.Controllers;

[ApiController]
[Route("partner/payments")]
public sealed class PartnerPaymentsController : ControllerBase
{
    private readonly IHttpClientFactory _factory;
    private readonly VippsTokenService _tokens;
    private readonly VippsOptions _options;

    public PartnerPaymentsController(IHttpClientFactory factory, VippsTokenService tokens, IOptions<VippsOptions> options)
    {
        _factory = factory;
        _tokens = tokens;
        _options = options.Value;
    }

    [HttpPost("{reference}/refund")]
    public async Task<IActionResult> Refund(string reference, [FromBody] RefundRequest body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/epayment/v1/payments/{reference}/refund");
        request.Headers.Add("Authorization", "Bearer " + await _tokens.GetTokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", Request.Query["msn"].ToString());
        request.Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = body.Amount } });
        var response = await _factory.CreateClient("vipps").SendAsync(request, ct);
        return StatusCode((int)response.StatusCode);
    }

    [Authorize(Policy = "Merchant")]
    [HttpPost("{reference}/capture")]
    public async Task<IActionResult> Capture(string reference, [FromBody] RefundRequest body, CancellationToken ct)
    {
        var msn = User.FindFirstValue("fjord:msn") ?? throw new UnauthorizedAccessException();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/epayment/v1/payments/{reference}/capture");
        request.Headers.Add("Authorization", "Bearer " + await _tokens.GetTokenAsync(ct));
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", msn);
        request.Headers.Add("Idempotency-Key", Request.Headers["Idempotency-Key"].ToString());
        request.Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = body.Amount } });
        var response = await _factory.CreateClient("vipps").SendAsync(request, ct);
        return StatusCode((int)response.StatusCode);
    }
}

public sealed record RefundRequest(long Amount);
