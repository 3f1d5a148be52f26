using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.LeadAssignment.Tests.Screens;

/// <summary>
/// The public pool in the web console, declared as data by the module (no front-end code of its own): the rows the API
/// gives the rep, a claim per row, the module's reason when it refuses, gone when the module is off.
/// </summary>
public sealed class PoolScreenTests : IAsyncLifetime
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

        var day = await browser.PageAsync("/");
        var pool = await browser.PageAsync("/m/lead-assignment/pool");
        using var claimed = await ActAsync(browser, $"/pool/customers/{customer.Id}/claim");

        Assert.Contains("<a href=\"/m/lead-assignment/pool\">Public pool</a>", day);
        Assert.Contains($"value=\"/pool/customers/{customer.Id}/claim\"", pool);
        Assert.Contains("return confirm(", pool);
        // When it entered the pool reads as a date and time, not as the API's ISO 8601 text (which its <time> element keeps).
        Assert.Matches(@"<time datetime=""\d{4}-\d\d-\d\dT[^""]+"">[^<]+</time>", pool);
        Assert.DoesNotMatch(@">\d{4}-\d\d-\d\dT\d\d:\d\d", pool);
        Assert.Equal("/m/lead-assignment/pool?done=Claim", claimed.Headers.Location!.OriginalString);
        Assert.Equal(reps[1].Id, (await host.Admin.GetFromJsonAsync<CustomerRecord>($"/api/customers/{customer.Id}", Http.Json))!.OwnerId);
        Assert.DoesNotContain($"/pool/customers/{customer.Id}/claim", await browser.PageAsync("/m/lead-assignment/pool"));
    }

    [Fact]
    public async Task A_refused_claim_shows_the_modules_reason()
    {
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { claimsPerDay = 1 }));
        var first = await PooledCustomerAsync();
        var second = await PooledCustomerAsync();
        using var browser = Browser(reps[1]);

        using var accepted = await ActAsync(browser, $"/pool/customers/{first.Id}/claim");
        using var refused = await ActAsync(browser, $"/pool/customers/{second.Id}/claim");
        var shown = WebUtility.HtmlDecode(await browser.PageAsync(refused.Headers.Location!.OriginalString));

        Assert.Contains("?done=", accepted.Headers.Location!.OriginalString);
        Assert.Contains("role=\"alert\"", shown);
        Assert.Contains("the limit is 1 a day", shown);
    }

    [Fact]
    public async Task In_Chinese_the_pool_gives_the_modules_reasons_in_Chinese_and_a_persons_own_words_as_written()
    {
        // Reclaimed after 10 days without a follow-up; a lead that no rule takes; a customer released with the admin's words.
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings",
            new { poolNoFollowUpDays = 10, poolNotConvertedDays = 0, protectionDays = 0 }));
        var ownedSince = host.Host.Clock.GetUtcNow().UtcDateTime;
        await host.CustomerAsync(new { name = "李娜", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        host.Host.Clock.Advance(TimeSpan.FromDays(10.1));
        await host.Host.RunDueJobsAsync();
        await host.LeadAsync(new { name = "赵先生", phone = "+86 139 0000 1111", source = "web" });
        await PooledCustomerAsync();
        // Signed in again: ten days ended the first session.
        using var browser = ConsoleBrowser.As(await host.SignInAsync(reps[1].Email));
        using var toChinese = await browser.PostFormAsync("/", "/language", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" });

        var pool = WebUtility.HtmlDecode(await browser.PageAsync("/m/lead-assignment/pool"));
        var reasons = (await host.Admin.GetFromJsonAsync<List<PoolEntry>>("/api/lead-assignment/pool", Http.Json))!;

        Assert.Contains("进入公海的原因", pool);
        Assert.Contains($"10 天未跟进（自 {ownedSince:yyyy-MM-dd} 起）", pool);
        Assert.Contains("没有匹配的规则", pool);
        Assert.Contains("no follow-up in 30 days", pool);
        Assert.DoesNotContain("no follow-up for", pool);
        Assert.DoesNotContain("no rule matched", pool);
        // The API keeps each reason in English, and gives the same reason as its format and values.
        Assert.Equal(
            [$"no follow-up for 10 days (since {ownedSince:yyyy-MM-dd})", "no rule matched", "no follow-up in 30 days"],
            reasons.Select(r => r.Reason));
        Assert.All(reasons, r => Assert.Equal(r.Reason, string.Format(r.ReasonText.Format, [.. r.ReasonText.Values])));
    }

    private sealed record Phrase(string Format, string[] Values);

    private sealed record PoolEntry(string Reason, Phrase ReasonText);

    [Fact]
    public async Task An_action_calls_only_the_endpoint_its_screen_declares()
    {
        await PooledCustomerAsync();
        using var browser = Browser(reps[1]);

        using var tampered = await ActAsync(browser, "/rules");

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
    }

    [Fact]
    public async Task With_the_module_off_its_screen_and_menu_entry_are_gone()
    {
        await Http.EnsureAsync(await host.Admin.PostAsync("/api/plugins/lead-assignment/disable", null));
        using var browser = Browser(reps[1]);

        using var screen = await browser.GetAsync("/m/lead-assignment/pool");
        var day = await browser.PageAsync("/");

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

    // The rep in the console; a form still needs the page's antiforgery token, which the browser posts with it.
    private static ConsoleBrowser Browser(Rep rep) => ConsoleBrowser.As(rep.Client);

    private static Task<HttpResponseMessage> ActAsync(ConsoleBrowser browser, string path) =>
        browser.PostFormAsync("/m/lead-assignment/pool", "/m/lead-assignment/pool/act", new Dictionary<string, string> { ["action"] = "0", ["path"] = path });
}
