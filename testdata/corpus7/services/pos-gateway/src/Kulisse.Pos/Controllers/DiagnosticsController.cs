using Kulisse.Pos.Vipps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kulisse.Pos.Controllers;

[ApiController]
[Route("api/diagnostics")]
public sealed class DiagnosticsController : ControllerBase
{
    private readonly VippsOptions _vipps;
    private readonly ILogger<DiagnosticsController> _logger;

    public DiagnosticsController(IOptions<VippsOptions> vipps, ILogger<DiagnosticsController> logger)
    {
        _vipps = vipps.Value;
        _logger = logger;
    }

    // Used by support when a venue's terminal cannot reach Vipps.
    [HttpGet("vipps")]
    [AllowAnonymous]
    public IActionResult Vipps()
    {
        _logger.LogInformation("Diagnostics requested: {Options}", _vipps);
        return Ok(new
        {
            environment = _vipps.Environment,
            baseUrl = _vipps.BaseUrl,
            hasClientSecret = !string.IsNullOrEmpty(_vipps.ClientSecret),
            subscriptionKeyLength = _vipps.SubscriptionKey.Length,
            subscriptionKeyTail = _vipps.SubscriptionKey[^4..],
        });
    }

    // Used by the terminal firmware updater to talk to Vipps directly.
    [HttpGet("vipps/terminal-bootstrap")]
    [Authorize(Policy = "Terminal")]
    public IActionResult TerminalBootstrap()
    {
        var bootstrap = new Dictionary<string, string>
        {
            ["baseUrl"] = _vipps.BaseUrl.ToString(),
            ["subscriptionKey"] = _vipps.SubscriptionKey,
        };
        return Ok(bootstrap);
    }
}
