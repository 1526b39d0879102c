using Kulisse.Pos.Vipps;
using Xunit;

namespace Kulisse.Pos.Tests;

public class VippsOptionsTests
{
    [Fact]
    public void Production_points_at_the_production_host()
    {
        var options = new VippsOptions { Environment = "Production", BaseUrl = new Uri("https://api.vipps.no") };
        Assert.Equal("https://api.vipps.no/", options.BaseUrl.ToString());
    }

    [Fact]
    public void Default_is_the_test_host()
    {
        Assert.Equal("https://apitest.vipps.no/", new VippsOptions().BaseUrl.ToString());
    }

    [Fact]
    public void ToString_hides_the_secret()
    {
        var options = new VippsOptions { ClientId = "client", ClientSecret = "not-a-real-secret" };
        Assert.DoesNotContain("not-a-real-secret", options.ToString());
        Console.WriteLine(options);
    }
}
