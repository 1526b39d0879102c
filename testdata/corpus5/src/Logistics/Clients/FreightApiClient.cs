namespace Logistics.Clients;

// Freight booking API published through our API Management instance.
public sealed class FreightApiClient
{
    private const string BaseUrl = "https://contoso-logistics.azure-api.net/freight/v2";
    private const string SubscriptionKey = "9fcd3e9ed55e51b10eec9b40b59d57ef";
    private readonly HttpClient _http;

    public FreightApiClient(HttpClient http)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Trace", "false");
    }

    public Task<HttpResponseMessage> GetShipmentAsync(string id) =>
        _http.GetAsync($"{BaseUrl}/shipments/{id}");
}
