using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;

namespace Fjord.Api.Controllers;

/// <summary>After Vipps Login, the app issues its own JWT for the SPA.</summary>
[ApiController]
[Route("account")]
public sealed class AccountController : ControllerBase
{
    private readonly IConfiguration _config;
    private readonly ILogger<AccountController> _logger;

    public AccountController(IConfiguration config, ILogger<AccountController> logger)
    {
        _config = config;
        _logger = logger;
    }

    [HttpPost("session")]
    public IActionResult Session([FromBody] VippsLoginResult login)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_config["Jwt:SigningKey"]!));
        var token = new JwtSecurityToken(
            issuer: "fjordkasse",
            claims: new[] { new Claim("sub", login.Sub), new Claim("name", login.Name) },
            expires: DateTime.UtcNow.AddHours(8),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        var jwt = new JwtSecurityTokenHandler().WriteToken(token);
        _logger.LogDebug("Issued session token {Token} after Vipps Login, id_token {IdToken}", jwt, login.IdToken);
        return Ok(new { token = jwt, idToken = login.IdToken });
    }
}

public sealed record VippsLoginResult(string Sub, string Name, string IdToken);
