using Microsoft.Extensions.Logging;

namespace Fjord.Payments;

/// <summary>Logs requests to Vipps without any credential header.</summary>
public sealed class VippsSafeRequestLogger : DelegatingHandler
{
    private static readonly HashSet<string> Sensitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "client_secret", "Ocp-Apim-Subscription-Key",
    };

    private readonly ILogger<VippsSafeRequestLogger> _logger;

    public VippsSafeRequestLogger(ILogger<VippsSafeRequestLogger> logger) => _logger = logger;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var headers = request.Headers
            .Where(h => !Sensitive.Contains(h.Key))
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value));
        _logger.LogInformation("Vipps {Method} {Path} headers {@Headers}", request.Method, request.RequestUri?.AbsolutePath, headers);
        return base.SendAsync(request, ct);
    }
}
