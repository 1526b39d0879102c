namespace Kulisse.Pos.Vipps;

/// <summary>Bound from the "Vipps" section of appsettings.{Environment}.json and the environment.</summary>
public sealed class VippsOptions
{
    public const string Section = "Vipps";

    public string Environment { get; set; } = "Test";
    public Uri BaseUrl { get; set; } = new("https://apitest.vipps.no");
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string SubscriptionKey { get; set; } = "";
    public HashSet<string> VenueMsns { get; set; } = new();

    public override string ToString() =>
        $"Vipps {Environment} at {BaseUrl} (client {ClientId}, secret {(ClientSecret.Length > 0 ? "***" : "missing")})";
}
