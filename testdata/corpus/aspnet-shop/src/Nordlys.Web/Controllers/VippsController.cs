using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Nordlys.Web.Vipps;

namespace Nordlys.Web.Controllers;

[ApiController]
[Authorize]
[Route("api/stores/{msn}/vipps")]
public class VippsController : ControllerBase
{
    private readonly IHttpClientFactory _http;
    private readonly IVippsTokenService _tokens;
    private readonly VippsOptions _options;
    private readonly ILogger<VippsController> _logger;

    public VippsController(IHttpClientFactory http, IVippsTokenService tokens, IOptions<VippsOptions> options, ILogger<VippsController> logger)
    {
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger;
    }

    [HttpPost("payments")]
    public async Task<IActionResult> CreatePayment([FromRoute] string msn, [FromBody] CreatePaymentDto dto, CancellationToken ct)
    {
        var token = await _tokens.GetTokenAsync(ct);
        _logger.LogInformation("Vipps token for client {ClientId} using secret {ClientSecret}", _options.ClientId, _options.ClientSecret);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.BaseUrl}/epayment/v1/payments");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        request.Headers.Add("Merchant-Serial-Number", msn);
        request.Headers.Add("Idempotency-Key", dto.Reference);
        request.Headers.Add("Vipps-System-Name", _options.SystemName);
        request.Content = JsonContent.Create(new
        {
            amount = new { currency = "NOK", value = dto.AmountOre },
            paymentMethod = new { type = "WALLET" },
            reference = dto.Reference,
            returnUrl = $"https://www.nordlys-interior.no/ordre/{dto.Reference}",
            userFlow = "WEB_REDIRECT",
        });

        var response = await _http.CreateClient("vipps").SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return StatusCode(502);
        }
        var created = await response.Content.ReadFromJsonAsync<CreatePaymentResponse>(cancellationToken: ct);
        return Ok(new { created!.RedirectUrl });
    }
}
