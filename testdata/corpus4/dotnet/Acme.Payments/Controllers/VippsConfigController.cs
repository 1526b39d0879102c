using Acme.Payments.Data;
using Acme.Payments.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Acme.Payments.Controllers;

[ApiController]
[Route("api/vipps/config")]
public class VippsConfigController : ControllerBase
{
    private readonly VippsOptions _options;
    private readonly ShopDbContext _db;

    public VippsConfigController(IOptions<VippsOptions> options, ShopDbContext db)
    {
        _options = options.Value;
        _db = db;
    }

    // Public checkout bootstrap (no secrets).
    [HttpGet("checkout")]
    public IActionResult Checkout() => Ok(new { msn = _options.MerchantSerialNumber, returnUrl = _options.ReturnUrl });

    // The Xamarin POS app calls api.vipps.no directly and asks us for the keys at start-up.
    [Authorize]
    [HttpGet("pos")]
    public IActionResult Pos() => Ok(new { msn = _options.MerchantSerialNumber, subscriptionKey = _options.SubscriptionKey });

    [Authorize]
    [HttpGet("pos/credentials")]
    public IActionResult PosCredentials()
    {
        return Ok(new { _options.ClientId, _options.ClientSecret });
    }

    [Authorize]
    [HttpGet("orders/{id:int}")]
    public async Task<IActionResult> Order(int id)
    {
        var order = await _db.Orders.FindAsync(id);
        if (order is null)
        {
            return NotFound();
        }
        return Ok(new { order.Id, order.VippsReference, order.VippsState, order.Amount });
    }
}
