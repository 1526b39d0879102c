using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kasse.Web.Controllers;

[Authorize]
public class CheckoutController : Controller
{
    private readonly IHttpClientFactory _factory;
    private readonly IVippsTokens _tokens;

    public CheckoutController(IHttpClientFactory factory, IVippsTokens tokens)
    {
        _factory = factory; _tokens = tokens;
    }

    [HttpPost]
    public async Task<IActionResult> Pay(string reference)
    {
        // MSN is set server-side at login from the merchant record; not user-editable.
        var msn = HttpContext.Session.GetString("MerchantMsn") ?? throw new InvalidOperationException("no merchant");
        var client = _factory.CreateClient("vipps");
        var req = new HttpRequestMessage(HttpMethod.Get, $"https://api.vipps.no/epayment/v1/payments/{reference}");
        req.Headers.Add("Authorization", $"Bearer {await _tokens.GetAsync()}");
        req.Headers.Add("Merchant-Serial-Number", msn);
        var resp = await client.SendAsync(req);
        return Ok(await resp.Content.ReadAsStringAsync());
    }
}
