using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Sdk.Http;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Hosting;

/// <summary>
/// The address modules put in the links they send (<see cref="ICrmPublicAddress"/>): the configured <c>PublicUrl</c>, else
/// the address the server really listens on; a tenant's links are in its own host name (<c>TenantIsolationTests</c>).
/// </summary>
public sealed class PublicAddressTests
{
    [Fact]
    public async Task Without_a_public_url_links_use_the_address_the_server_listens_on()
    {
        await using var host = await CrmTestHost.StartAsync();
        using var client = host.AnonymousClient();

        var baseUrl = host.Services.GetRequiredService<ICrmPublicAddress>().BaseUrl;

        Assert.Equal(client.BaseAddress!.GetLeftPart(UriPartial.Authority), baseUrl);
        Assert.DoesNotContain(":0", baseUrl);
    }

    [Fact]
    public async Task A_configured_public_url_is_used_as_given_and_a_bad_one_stops_the_host()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.Settings["PublicUrl"] = "https://crm.example.com/");
        var error = await Assert.ThrowsAsync<StartupException>(() => CrmTestHost.StartAsync(o => o.Settings["PublicUrl"] = "crm.example.com"));

        Assert.Equal("https://crm.example.com", host.Services.GetRequiredService<ICrmPublicAddress>().BaseUrl);
        Assert.Contains("PublicUrl: 'crm.example.com' is not an http(s) URL such as https://crm.example.com", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, "http://127.0.0.1:5080")]
    [InlineData("https://[::1]:8443/", null, "https://[::1]:8443")]
    [InlineData("http://localhost", "acme.example", "http://acme.example")]
    [InlineData("http://127.0.0.1:5080", "acme.example", "http://acme.example:5080")]
    public void The_host_name_is_replaced_and_the_port_kept(string url, string? hostName, string expected) =>
        Assert.Equal(expected, PublicAddress.WithHost(url, hostName));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    public void A_wildcard_address_becomes_this_machines_name(string url) =>
        Assert.Equal($"http://{Dns.GetHostName()}:5080", PublicAddress.WithHost(url, null));
}
