using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Screens;

/// <summary>
/// The public pool in the web console, declared as data by the module (no front-end code of its own): the rows the API
/// gives the rep, a claim per row, the module's reason when it refuses, gone when the module is off.
/// </summary>
public sealed partial class PoolScreenTests : IAsyncLifetime
{
    private AssignmentHost host = null!;
    private long team;
    private List<Rep> reps = null!;

    public async Task InitializeAsync()
    {
        host = await AssignmentHost.StartAsync();
        (team, reps) = await host.TeamAsync("East", 2, signIn: true);
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_rep_sees_the_pool_in_the_menu_and_claims_a_customer_from_its_row()
    {
        var customer = await PooledCustomerAsync();
        using var browser = Browser(reps[1]);

        var day = await browser.GetStringAsync("/");
        var pool = await browser.GetStringAsync("/m/lead-assignment/pool");
        using var claimed = await ActAsync(browser, pool, $"/pool/customers/{customer.Id}/claim");

        Assert.Contains("<a href=\"/m/lead-assignment/pool\">Public pool</a>", day);
        Assert.Contains($"value=\"/pool/customers/{customer.Id}/claim\"", pool);
        Assert.Contains("return confirm(", pool);
        Assert.Equal("/m/lead-assignment/pool?done=Claim", claimed.Headers.Location!.OriginalString);
        Assert.Equal(reps[1].Id, (await host.Admin.GetFromJsonAsync<CustomerRecord>($"/api/customers/{customer.Id}", Http.Json))!.OwnerId);
        Assert.DoesNotContain($"/pool/customers/{customer.Id}/claim", await browser.GetStringAsync("/m/lead-assignment/pool"));
    }

    [Fact]
    public async Task A_refused_claim_shows_the_modules_reason()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { claimsPerDay = 1 }));
        var first = await PooledCustomerAsync();
        var second = await PooledCustomerAsync();
        using var browser = Browser(reps[1]);
        var pool = await browser.GetStringAsync("/m/lead-assignment/pool");

        using var accepted = await ActAsync(browser, pool, $"/pool/customers/{first.Id}/claim");
        using var refused = await ActAsync(browser, pool, $"/pool/customers/{second.Id}/claim");
        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(refused.Headers.Location!.OriginalString));

        Assert.Contains("?done=", accepted.Headers.Location!.OriginalString);
        Assert.Contains("role=\"alert\"", shown);
        Assert.Contains("the limit is 1 a day", shown);
    }

    [Fact]
    public async Task An_action_calls_only_the_endpoint_its_screen_declares()
    {
        await PooledCustomerAsync();
        using var browser = Browser(reps[1]);
        var pool = await browser.GetStringAsync("/m/lead-assignment/pool");

        using var tampered = await ActAsync(browser, pool, "/rules");

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task With_the_module_off_its_screen_and_menu_entry_are_gone()
    {
        await Http.EnsureAsync(await host.Admin.PostAsync("/api/plugins/lead-assignment/disable", null));
        using var browser = Browser(reps[1]);

        using var screen = await browser.GetAsync("/m/lead-assignment/pool");
        var day = await browser.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, screen.StatusCode);
        Assert.DoesNotContain("/m/lead-assignment/pool", day);
    }

    private async Task<CustomerRecord> PooledCustomerAsync()
    {
        var customer = await host.CustomerAsync(new { name = "王芳", ownerId = reps[0].Id, teamId = team });
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/lead-assignment/transfers",
            new { recordType = "customer", recordId = customer.Id, toOwnerId = (long?)null, reason = "no follow-up in 30 days", overrideProtection = false }));
        return customer;
    }

    // The console's pages take the rep's bearer token as well as its cookie; forms still need the page's antiforgery token.
    private HttpClient Browser(Rep rep)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Admin.BaseAddress };
        client.DefaultRequestHeaders.Authorization = rep.Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient browser, string page, string path) =>
        browser.PostAsync("/m/lead-assignment/pool/act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value, ["action"] = "0", ["path"] = path,
        }));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
