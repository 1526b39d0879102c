using Microsoft.Extensions.Logging;

namespace Fjord.Payments;

/// <summary>Logs every request to Vipps. Only the bearer token is removed.</summary>
public sealed class VippsRequestLogger : DelegatingHandler
{
    private readonly ILogger<VippsRequestLogger> _logger;

    public VippsRequestLogger(ILogger<VippsRequestLogger> logger) => _logger = logger;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var headers = request.Headers
            .Where(h => h.Key != "Authorization")
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value));
        _logger.LogInformation("Vipps {Method} {Path} headers {@Headers}", request.Method, request.RequestUri?.AbsolutePath, headers);
        return base.SendAsync(request, ct);
    }
}
