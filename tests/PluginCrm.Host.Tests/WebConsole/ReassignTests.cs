using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.WebConsole;

/// <summary>
/// A manager gives a customer to a teammate from the customer page: the API's owner change, so lead assignment's
/// protection holds the new owner's claim and a second move is refused with its reason; a rep gets no form; a move to
/// another team is refused and changes nothing. A host of its own, since it writes.
/// </summary>
public sealed class ReassignTests : IAsyncLifetime
{
    private const string Password = "a-long-password";

    private CrmTestHost host = null!;
    private long first, second, outsider, customer;

    public async Task InitializeAsync()
    {
        host = await CrmTestHost.StartAsync(o => o.PluginsDirectory = TestPaths.BuiltInPlugins);
        var east = await IdAsync(await host.Client.PostAsJsonAsync("/api/teams", new { name = "East" }));
        var west = await IdAsync(await host.Client.PostAsJsonAsync("/api/teams", new { name = "West" }));
        await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "manager@example.com", name = "Manager", role = "manager", teamId = east, password = Password }));
        first = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "first@example.com", name = "First Rep", role = "rep", teamId = east, password = Password }));
        second = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "second@example.com", name = "Second Rep", role = "rep", teamId = east, password = Password }));
        outsider = await IdAsync(await host.Client.PostAsJsonAsync("/api/users", new { email = "west@example.com", name = "West Rep", role = "rep", teamId = west, password = Password }));
        customer = await IdAsync(await host.Client.PostAsJsonAsync("/api/customers", new { name = "Zhou Min", ownerId = first }));
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_manager_moves_the_customer_and_its_protection_refuses_the_next_move_with_the_reason()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("manager@example.com", Password);

        var before = await session.PageAsync($"/customers/{customer}");
        using var moved = await ReassignAsync(session, second);
        var movedPage = await moved.Content.ReadAsStringAsync();
        var afterMove = await OwnerAsync();
        using var again = await ReassignAsync(session, first);
        var refusedPage = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());

        Assert.Contains($"<option value=\"{second}\">Second Rep</option>", before);
        Assert.DoesNotContain($"<option value=\"{outsider}\">", before);
        Assert.Contains("Reassigned.", movedPage);
        Assert.Contains("<dd id=\"owner\">Second Rep</dd>", movedPage);
        Assert.Equal(second, afterMove);
        Assert.Contains("role=\"alert\"", refusedPage);
        Assert.Contains($"customer {customer} is protected for its owner until", refusedPage);
        Assert.Equal(second, await OwnerAsync());
    }

    [Fact]
    public async Task Overriding_the_protection_transfers_through_lead_assignment_with_the_reason_audited()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("manager@example.com", Password);
        (await ReassignAsync(session, second)).Dispose();

        var form = await session.PageAsync($"/customers/{customer}");
        using var overridden = await ReassignAsync(session, first, overrideProtection: true);
        var page = WebUtility.HtmlDecode(await overridden.Content.ReadAsStringAsync());
        var audit = await host.Client.GetStringAsync($"/api/lead-assignment/audit?recordType=customer&recordId={customer}");

        Assert.Contains("name=\"Move.OverrideProtection\"", form);
        Assert.Contains("Reassigned.", page);
        Assert.Equal(first, await OwnerAsync());
        Assert.Contains("Holiday cover", audit);
    }

    [Fact]
    public async Task A_move_to_another_team_is_refused_with_the_reason_and_changes_nothing()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("manager@example.com", Password);

        using var refused = await ReassignAsync(session, outsider);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("role=\"alert\"", page);
        Assert.Contains($"user {outsider} is not in your team", page);
        Assert.Equal(first, await OwnerAsync());
    }

    [Fact]
    public async Task A_rep_gets_no_form_and_a_forged_move_changes_nothing()
    {
        using var session = new ConsoleSession(host.Client.BaseAddress!);
        await session.SignInAsync("first@example.com", Password);

        var page = await session.PageAsync($"/customers/{customer}");
        using var forged = await ReassignAsync(session, second);
        var answer = WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync());

        Assert.DoesNotContain("Move.ToOwnerId", page);
        Assert.DoesNotContain("Reassigned.", answer);
        Assert.Equal(first, await OwnerAsync());
    }

    private async Task<HttpResponseMessage> ReassignAsync(ConsoleSession session, long to, bool overrideProtection = false)
    {
        var version = (await host.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}")).GetProperty("version").GetInt64();
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "reassign", ["Move.ToOwnerId"] = to.ToString(), ["Move.Version"] = version.ToString(), ["Move.Reason"] = "Holiday cover",
        };
        if (overrideProtection)
            fields["Move.OverrideProtection"] = "true";
        return await session.PostFormAsync($"/customers/{customer}", $"/customers/{customer}", fields);
    }

    private async Task<long?> OwnerAsync() =>
        (await host.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}")).GetProperty("ownerId") is { ValueKind: JsonValueKind.Number } id ? id.GetInt64() : null;

    private static async Task<long> IdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}
