using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

/// <summary>
/// Least-loaded picks read kept counts; after every kind of change to a lead through the API, the next pick must be
/// the rep with the fewest open leads as the API lists them (ties to the lower id), counted here independently.
/// </summary>
public sealed class OpenLeadCountTests : IAsyncLifetime
{
    private AssignmentHost host = null!;
    private List<Rep> reps = null!;
    private int made;

    public async Task InitializeAsync()
    {
        host = await AssignmentHost.StartAsync();
        (var team, reps) = await host.TeamAsync("Load", 3);
        await host.RuleAsync(new { name = "least loaded", regions = "ll", teamId = team, strategy = "least-loaded" });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Closing_converting_reassigning_deleting_and_purging_a_lead_move_the_next_least_loaded_pick()
    {
        // Unprotected, so the admin may hand a lead to another rep through the core API.
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new { protectionDays = 0 }));
        for (var i = 0; i < 6; i++)
            await NextAsync();
        var leads = await OpenLeadsAsync();

        var closed = leads.First(l => l.OwnerId == reps[2].Id);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/leads/{closed.Id}", closed with { Status = LeadStatus.Disqualified }, Http.Json));
        Assert.Equal(reps[2].Id, await NextAsync());

        var converted = (await OpenLeadsAsync()).First(l => l.OwnerId == reps[1].Id);
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync($"/api/leads/{converted.Id}/convert", new { }));
        Assert.Equal(reps[1].Id, await NextAsync());

        var moved = (await OpenLeadsAsync()).First(l => l.OwnerId == reps[2].Id);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/leads/{moved.Id}", moved with { OwnerId = reps[0].Id }, Http.Json));
        await NextAsync();
        await NextAsync();

        var deleted = (await OpenLeadsAsync()).Last(l => l.OwnerId == reps[0].Id);
        await Http.EnsureAsync(await host.Admin.DeleteAsync($"/api/leads/{deleted.Id}"));
        await NextAsync();
        // A purge of the lead deleted before takes nothing off again.
        await Http.EnsureAsync(await host.Admin.DeleteAsync($"/api/leads/{deleted.Id}?purge=true"));
        var purged = (await OpenLeadsAsync()).First(l => l.OwnerId == reps[1].Id);
        await Http.EnsureAsync(await host.Admin.DeleteAsync($"/api/leads/{purged.Id}?purge=true"));
        for (var i = 0; i < 4; i++)
            await NextAsync();
    }

    [Fact]
    public async Task Leads_changed_while_the_module_was_off_are_counted_again_when_it_is_switched_on()
    {
        for (var i = 0; i < 3; i++)
            await NextAsync();
        await Switch("disable");
        // Nothing keeps the counts now: two leads for the first rep, and the third rep's lead closed.
        await host.LeadAsync(new { name = "off 1", ownerId = reps[0].Id });
        await host.LeadAsync(new { name = "off 2", ownerId = reps[0].Id });
        var closed = (await OpenLeadsAsync()).First(l => l.OwnerId == reps[2].Id);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/leads/{closed.Id}", closed with { Status = LeadStatus.Disqualified }, Http.Json));
        await Switch("enable");

        Assert.Equal(reps[2].Id, await NextAsync());
        for (var i = 0; i < 4; i++)
            await NextAsync();
    }

    // Creates a lead for the least-loaded rule and checks its owner against the open leads the API lists just before.
    private async Task<long> NextAsync()
    {
        var open = await OpenLeadsAsync();
        var expected = reps.Select(r => (r.Id, Open: open.Count(l => l.OwnerId == r.Id))).OrderBy(r => r.Open).ThenBy(r => r.Id).First().Id;
        var lead = await host.LeadAsync(new { name = $"lead {++made}", email = $"lead{made}@load.test", region = "ll" });
        Assert.Equal(expected, lead.OwnerId);
        return lead.OwnerId!.Value;
    }

    private async Task<List<LeadRecord>> OpenLeadsAsync()
    {
        var all = new List<LeadRecord>();
        foreach (var status in new[] { "new", "contacted", "qualified" })
            all.AddRange((await host.Admin.GetFromJsonAsync<Page>($"/api/leads?status={status}&pageSize=500", Http.Json))!.Items);
        return all;
    }

    private sealed record Page(List<LeadRecord> Items);

    private async Task Switch(string action) =>
        await Http.EnsureAsync(await host.Admin.PostAsync($"/api/plugins/lead-assignment/{action}", null));
}
