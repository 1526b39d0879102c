namespace Fjord.Payments;

/// <summary>Vipps MobilePay settings, bound from the "Vipps" configuration section.</summary>
public sealed class VippsOptions
{
    public const string Section = "Vipps";

    public string BaseUrl { get; set; } = "https://api.vipps.no";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string SubscriptionKey { get; set; } = "";
    public string MerchantSerialNumber { get; set; } = "";

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId))
            throw new ArgumentNullException(nameof(ClientId), "ClientId is not provided");
        if (string.IsNullOrWhiteSpace(ClientSecret))
            throw new ArgumentNullException(nameof(ClientSecret), "ClientSecret is not provided");
        if (SubscriptionKey.Length != 32)
            throw new ArgumentException($"SubscriptionKey must be 32 characters, got {SubscriptionKey.Length}", nameof(SubscriptionKey));
    }

    public override string ToString() =>
        $"Vipps {{ BaseUrl = {BaseUrl}, ClientId = {ClientId}, ClientSecret = ***, SubscriptionKey = {SubscriptionKey[..4]}… }}";
}
