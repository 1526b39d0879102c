// vippstool: small console helper for capturing/refunding Vipps payments from a terminal
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

const string BaseUrl = "https://api.vipps.no";
const string ClientId = "1ce3b3ad-619b-45d0-9913-ec226e266ae6";
const string ClientSecret = "kvO7Q~vtHqBe-8BZy8oADt8Rf.U2Sx_p.Es8pq_y";
const string SubscriptionKey = "a64c4870139e13434061d59ab118aa3f";
const string Msn = "78921";

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: vippstool <capture|refund|status> <reference> [amountOre]");
    return 1;
}

using var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
Console.WriteLine($"Authenticating as {ClientId} with secret {ClientSecret}");

var tokenReq = new HttpRequestMessage(HttpMethod.Post, "/accesstoken/get");
tokenReq.Headers.Add("client_id", ClientId);
tokenReq.Headers.Add("client_secret", ClientSecret);
tokenReq.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
tokenReq.Headers.Add("Merchant-Serial-Number", Msn);
var tokenRes = await http.SendAsync(tokenReq);
tokenRes.EnsureSuccessStatusCode();
var token = JsonDocument.Parse(await tokenRes.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();

var (verb, reference) = (args[0], args[1]);
var amount = args.Length > 2 ? long.Parse(args[2]) : 0;
var req = verb switch
{
    "status" => new HttpRequestMessage(HttpMethod.Get, $"/epayment/v1/payments/{reference}"),
    "capture" or "refund" => new HttpRequestMessage(HttpMethod.Post, $"/epayment/v1/payments/{reference}/{verb}")
    {
        Content = new StringContent(JsonSerializer.Serialize(new { modificationAmount = new { currency = "NOK", value = amount } }), Encoding.UTF8, "application/json"),
    },
    _ => throw new ArgumentException($"unknown command {verb}"),
};
req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
req.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
req.Headers.Add("Merchant-Serial-Number", Msn);
req.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
var res = await http.SendAsync(req);
Console.WriteLine($"{(int)res.StatusCode} {await res.Content.ReadAsStringAsync()}");
return res.IsSuccessStatusCode ? 0 : 2;
