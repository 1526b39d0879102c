using System.Net.Http.Headers;
using System.Net.Http.Json;
using Acme.Payments.Models;
using Acme.Payments.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Controllers;

[ApiController]
[Route("api/vipps/payments")]
public class VippsPaymentsController : ControllerBase
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IVippsTokenService _tokens;
    private readonly VippsOptions _options;

    public VippsPaymentsController(IHttpClientFactory httpClientFactory, IVippsTokenService tokens, IOptions<VippsOptions> options)
    {
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _options = options.Value;
    }

    private async Task<HttpClient> CreateClientAsync(CancellationToken ct)
    {
        var client = _httpClientFactory.CreateClient("vipps"); // BaseAddress = https://api.vipps.no
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAccessTokenAsync(ct));
        client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", _options.SubscriptionKey);
        return client;
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] CreatePaymentRequest body, CancellationToken ct)
    {
        var reference = $"net-{Guid.NewGuid():N}";
        var client = await CreateClientAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/epayment/v1/payments")
        {
            Content = JsonContent.Create(new
            {
                amount = new { currency = "NOK", value = body.Amount },
                paymentMethod = new { type = "WALLET" },
                reference,
                returnUrl = $"https://shop.acme.no/checkout/{reference}",
                userFlow = "WEB_REDIRECT",
            }),
        };
        request.Headers.Add("Merchant-Serial-Number", body.MerchantSerialNumber);
        request.Headers.Add("Idempotency-Key", reference);

        var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            return StatusCode(StatusCodes.Status502BadGateway);
        }
        var created = await response.Content.ReadFromJsonAsync<CreatePaymentResponse>(cancellationToken: ct);
        return Ok(new { reference, created!.RedirectUrl });
    }

    [HttpGet("{reference}")]
    public async Task<IActionResult> Get(string reference, [FromQuery] string msn, CancellationToken ct)
    {
        var client = await CreateClientAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}");
        request.Headers.Add("Merchant-Serial-Number", msn);

        var response = await client.SendAsync(request, ct);
        var payment = await response.Content.ReadFromJsonAsync<PaymentDetails>(cancellationToken: ct);
        return Ok(new { payment!.State });
    }

    [HttpPost("/api/vipps/merchants/{merchantSerialNumber}/payments/{reference}/capture")]
    public async Task<IActionResult> Capture([FromRoute] string merchantSerialNumber, [FromRoute] string reference, [FromBody] AmountRequest body, CancellationToken ct)
    {
        var client = await CreateClientAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/capture")
        {
            Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = body.Amount } }),
        };
        request.Headers.Add("Merchant-Serial-Number", merchantSerialNumber);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? NoContent() : StatusCode(StatusCodes.Status502BadGateway);
    }

    [HttpPost("{reference}/cancel")]
    public async Task<IActionResult> Cancel(string reference, [FromHeader(Name = "X-Merchant-Serial-Number")] string storeMsn, CancellationToken ct)
    {
        var client = await CreateClientAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/cancel");
        request.Headers.Add("Merchant-Serial-Number", storeMsn);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await client.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? NoContent() : StatusCode(StatusCodes.Status502BadGateway);
    }

    [HttpGet("{reference}/events")]
    public async Task<IActionResult> Events(string reference, CancellationToken ct)
    {
        var msn = HttpContext.Request.Query["msn"].ToString();
        var client = await CreateClientAsync(ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{Uri.EscapeDataString(reference)}/events");
        request.Headers.Add("Merchant-Serial-Number", msn);

        var response = await client.SendAsync(request, ct);
        return Content(await response.Content.ReadAsStringAsync(ct), "application/json");
    }
}
