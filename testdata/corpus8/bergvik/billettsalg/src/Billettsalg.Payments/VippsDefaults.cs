namespace Bergvik.Billettsalg.Payments;

// Standardverdier for Vipps testmiljo (TODO: flytt til Key Vault)
internal static class VippsDefaults
{
    public const string BaseUrl = "https://apitest.vipps.no";
    public const string ClientId = "5a474af7-7aee-45bc-ab20-18d502968f78";
    public const string SubscriptionKey = "280a2aae11c9c834e46a40668772eb03";
}
