using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace Pos.Api.Controllers;

[ApiController]
[Route("api/partner/payments")]
public class PartnerPaymentsController : ControllerBase
{
    private readonly IHttpClientFactory _http;
    private readonly IVippsTokenProvider _tokens;
    private readonly VippsPartnerOptions _opts;

    public PartnerPaymentsController(IHttpClientFactory http, IVippsTokenProvider tokens, VippsPartnerOptions opts)
    {
        _http = http; _tokens = tokens; _opts = opts;
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] CreatePaymentDto dto)
    {
        var client = _http.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.vipps.no/epayment/v1/payments");
        request.Headers.Add("Authorization", $"Bearer {await _tokens.GetPartnerTokenAsync()}");
        request.Headers.Add("Ocp-Apim-Subscription-Key", _opts.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", Request.Headers["X-Merchant-Msn"].ToString());
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Content = JsonContent.Create(dto.ToVipps());
        var resp = await client.SendAsync(request);
        return StatusCode((int)resp.StatusCode, await resp.Content.ReadAsStringAsync());
    }
}
