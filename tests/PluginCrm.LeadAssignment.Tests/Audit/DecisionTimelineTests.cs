using System.Net;
using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Tests.Audit;

/// <summary>The ownership decisions about a customer are on its timeline: who it went to, from whom, why.</summary>
public sealed class DecisionTimelineTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private sealed record Page(List<Entry> Items, string? Next);

    private sealed record Entry(DateTime WhenUtc, string Kind, string Title, RecordRef? Record, string? Detail, string? ActorName);

    [Fact]
    public async Task A_release_into_the_pool_and_a_claim_from_it_are_on_the_customers_timeline_newest_first()
    {
        var (team, reps) = await host.TeamAsync("East", 2, signIn: true);
        var customer = await host.CustomerAsync(new { name = "王芳", ownerId = reps[0].Id, teamId = team });
        var pooled = host.Host.Clock.GetUtcNow().UtcDateTime;
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/lead-assignment/transfers",
            new { recordType = "customer", recordId = customer.Id, toOwnerId = (long?)null, reason = "no follow-up in 30 days" }));
        host.Host.Clock.Advance(TimeSpan.FromHours(1));
        await Http.EnsureAsync(await reps[1].Client.PostAsync($"/api/lead-assignment/pool/customers/{customer.Id}/claim", null));

        var page = await reps[1].Client.GetFromJsonAsync<Page>($"/api/customers/{customer.Id}/timeline?kinds=assignment", Http.Json);

        Assert.Equal(
            [
                (pooled.AddHours(1), $"Ownership claim: the pool → user {reps[1].Id}", "claimed from the pool"),
                (pooled, $"Ownership release: user {reps[0].Id} → the pool", "no follow-up in 30 days"),
            ],
            page!.Items.Select(i => (i.WhenUtc, i.Title, i.Detail)));
        Assert.Equal($"{reps[1].Email} (claim from the pool)", page.Items[0].ActorName);
        Assert.Equal(HttpStatusCode.NotFound, (await reps[0].Client.GetAsync($"/api/customers/{customer.Id}/timeline")).StatusCode);
    }
}
