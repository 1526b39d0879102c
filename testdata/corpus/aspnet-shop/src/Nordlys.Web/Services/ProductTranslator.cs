using System.Net.Http.Json;

namespace Nordlys.Web.Services;

/// <summary>Translates product texts with Azure AI Translator.</summary>
public sealed class ProductTranslator
{
    private const string Endpoint = "https://api.cognitive.microsofttranslator.com";
    private const string SubscriptionKey = "7f91b81955f1df63eafc3088e6c6a265";
    private const string Region = "westeurope";

    private readonly HttpClient _client;

    public ProductTranslator(HttpClient client) => _client = client;

    public async Task<string> TranslateAsync(string text, string to, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Endpoint}/translate?api-version=3.0&from=nb&to={to}");
        request.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
        request.Headers.Add("Ocp-Apim-Subscription-Region", Region);
        request.Content = JsonContent.Create(new[] { new { Text = text } });

        using var response = await _client.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<TranslationResult[]>(cancellationToken: ct);
        return result![0].Translations[0].Text;
    }

    private sealed record TranslationResult(Translation[] Translations);
    private sealed record Translation(string Text, string To);
}
