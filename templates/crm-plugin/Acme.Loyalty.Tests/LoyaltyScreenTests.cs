using System.Net.Http.Json;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Testing;

namespace Acme.Loyalty.Tests;

/// <summary>The plugin's screens in the web console, declared as data: a menu entry, a list, a form and a widget.</summary>
public sealed class LoyaltyScreenTests
{
    [Fact]
    public async Task A_rep_gives_points_in_the_console_sees_the_servers_error_then_the_grant_listed_and_counted()
    {
        await using var host = await CrmTestHost.StartAsync(o => o.AddPlugin<LoyaltyPlugin>());
        var (rep, client) = await host.SignedInUserAsync("ann@example.test", CrmRole.Rep);
        var created = await host.Client.PostAsJsonAsync("/api/customers", new { name = "Wang Fang", ownerId = rep.Id });
        var customer = (await created.Content.ReadFromJsonAsync<Created>())!.Id;
        using var browser = ConsoleBrowser.As(client);
        Dictionary<string, string> Grant(string points) => new() { ["customerId"] = $"{customer}", ["points"] = points, ["reason"] = "Birthday" };

        var day = await browser.PageAsync("/");
        var refused = await browser.SubmitAsync("/m/loyalty/grant", "/m/loyalty/grant", Grant("0"));
        var listed = await browser.SubmitAsync("/m/loyalty/grant", "/m/loyalty/grant", Grant("250"));
        var dayAfter = await browser.PageAsync("/");

        Assert.Contains("<a href=\"/m/loyalty/grants\">Loyalty</a>", day);
        Assert.Contains("<p id=\"field-points-error\" class=\"field-error\">must be from 1 to 10000</p>", refused);
        Assert.Contains("<td>Birthday</td>", listed);
        Assert.Contains("<td>250</td>", listed);
        Assert.Contains("<p class=\"figure\">250</p>", dayAfter);
        Assert.Equal(250, (await client.GetFromJsonAsync<Balance>($"/api/loyalty/customers/{customer}"))!.Points);
    }

    private sealed record Created(long Id);

    private sealed record Balance(long Points);
}
