using System.Net.Http.Headers;
using System.Net.Http.Json;
using Acme.Pos.Vipps;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient("vipps", c => c.BaseAddress = new Uri(builder.Configuration["Vipps:BaseUrl"]!));
builder.Services.AddSingleton<VippsTokenCache>();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

var subscriptionKey = app.Configuration["Vipps:SubscriptionKey"]!;

// Till software posts /pos/payments?msn=...&amount=...
app.MapPost("/pos/payments", async (HttpContext context, IHttpClientFactory factory, VippsTokenCache tokens) =>
{
    var msn = context.Request.Query["msn"].ToString();
    var amount = int.Parse(context.Request.Query["amount"]!);
    var reference = $"pos-{Guid.NewGuid():N}";

    var client = factory.CreateClient("vipps");
    using var request = new HttpRequestMessage(HttpMethod.Post, "/epayment/v1/payments")
    {
        Content = JsonContent.Create(new
        {
            amount = new { currency = "NOK", value = amount },
            paymentMethod = new { type = "WALLET" },
            reference,
            userFlow = "QR",
        }),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync());
    request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
    request.Headers.Add("Merchant-Serial-Number", msn);
    request.Headers.Add("Idempotency-Key", reference);

    var response = await client.SendAsync(request);
    return response.IsSuccessStatusCode ? Results.Created($"/pos/payments/{reference}", new { reference }) : Results.StatusCode(502);
});

app.MapPost("/pos/payments/{reference}/capture", async (string reference, HttpRequest httpRequest, IHttpClientFactory factory, VippsTokenCache tokens) =>
{
    var client = factory.CreateClient("vipps");
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{reference}/capture")
    {
        Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = 0 } }),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync());
    request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
    request.Headers.Add("Merchant-Serial-Number", httpRequest.Cookies["till_msn"]);
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

    var response = await client.SendAsync(request);
    return response.IsSuccessStatusCode ? Results.NoContent() : Results.StatusCode(502);
});

app.MapGet("/pos/payments/{reference}", async (string reference, [FromQuery(Name = "salesUnit")] string salesUnit, IHttpClientFactory factory, VippsTokenCache tokens) =>
{
    var client = factory.CreateClient("vipps");
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{reference}");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync());
    request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
    request.Headers.Add("Merchant-Serial-Number", salesUnit);

    var response = await client.SendAsync(request);
    return Results.Content(await response.Content.ReadAsStringAsync(), "application/json");
});

// Store staff (JWT bearer): sales unit from the "msn" claim issued by our identity server.
app.MapPost("/staff/payments/{reference}/refund", async (string reference, HttpContext context, IHttpClientFactory factory, VippsTokenCache tokens) =>
{
    var msn = context.User.FindFirst("msn")?.Value;
    if (msn is null)
    {
        return Results.Forbid();
    }

    var client = factory.CreateClient("vipps");
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{reference}/refund")
    {
        Content = JsonContent.Create(new { modificationAmount = new { currency = "NOK", value = 0 } }),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync());
    request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
    request.Headers.Add("Merchant-Serial-Number", msn);
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

    var response = await client.SendAsync(request);
    return response.IsSuccessStatusCode ? Results.NoContent() : Results.StatusCode(502);
}).RequireAuthorization();

// Nightly settlement check for the flagship store, from configuration.
app.MapGet("/internal/settlement", async (IConfiguration config, IHttpClientFactory factory, VippsTokenCache tokens) =>
{
    var client = factory.CreateClient("vipps");
    using var request = new HttpRequestMessage(HttpMethod.Get, "/report/v2/ledgers");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync());
    request.Headers.Add("Ocp-Apim-Subscription-Key", subscriptionKey);
    request.Headers.Add("Merchant-Serial-Number", config["Vipps:MerchantSerialNumber"]);

    var response = await client.SendAsync(request);
    return Results.Content(await response.Content.ReadAsStringAsync(), "application/json");
}).RequireAuthorization();

app.Run();
