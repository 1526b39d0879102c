using System.Net.Http.Json;
using System.Security.Claims;
using Kulisse.Pos.Terminals;
using Kulisse.Pos.Vipps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kulisse.Pos.Controllers;

[ApiController]
[Route("api/terminal-payments")]
public sealed class TerminalPaymentsController : ControllerBase
{
    private readonly IHttpClientFactory _http;
    private readonly ITerminalRegistry _terminals;
    private readonly VippsOptions _vipps;

    public TerminalPaymentsController(IHttpClientFactory http, ITerminalRegistry terminals, IOptions<VippsOptions> vipps)
    {
        _http = http;
        _terminals = terminals;
        _vipps = vipps.Value;
    }

    public sealed record StartPayment(long AmountOre, string Reference, string PhoneNumber);

    // Old terminals (firmware < 3.0) send the venue's MSN themselves.
    [HttpPost("legacy")]
    [AllowAnonymous]
    public async Task<IActionResult> StartLegacy([FromBody] StartPayment body, [FromHeader(Name = "X-Venue-Msn")] string venueMsn)
    {
        var client = _http.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/epayment/v1/payments")
        {
            Content = JsonContent.Create(new
            {
                amount = new { currency = "NOK", value = body.AmountOre },
                paymentMethod = new { type = "WALLET" },
                customer = new { phoneNumber = body.PhoneNumber },
                reference = body.Reference,
                userFlow = "PUSH_MESSAGE",
            }),
        };
        request.Headers.Add("Merchant-Serial-Number", venueMsn);
        var response = await client.SendAsync(request);
        return StatusCode((int)response.StatusCode);
    }

    // Terminals with a client certificate: the MSN belongs to the terminal's registered venue.
    [HttpPost]
    [Authorize(Policy = "Terminal")]
    public async Task<IActionResult> Start([FromBody] StartPayment body)
    {
        var terminalId = User.FindFirstValue("terminal_id")!;
        var terminal = await _terminals.GetAsync(terminalId);
        if (!_vipps.VenueMsns.Contains(terminal.VenueMsn))
        {
            return Forbid();
        }
        var client = _http.CreateClient("vipps");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/epayment/v1/payments")
        {
            Content = JsonContent.Create(new
            {
                amount = new { currency = "NOK", value = body.AmountOre },
                paymentMethod = new { type = "WALLET" },
                customer = new { phoneNumber = body.PhoneNumber },
                reference = body.Reference,
                userFlow = "PUSH_MESSAGE",
            }),
        };
        request.Headers.Add("Merchant-Serial-Number", terminal.VenueMsn);
        var response = await client.SendAsync(request);
        return StatusCode((int)response.StatusCode);
    }
}
