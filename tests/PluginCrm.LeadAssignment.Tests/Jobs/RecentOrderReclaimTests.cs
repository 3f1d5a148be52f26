using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Jobs;

/// <summary>An order of the last <c>spareRecentOrderDays</c> keeps a customer with its owner past its no-follow-up period.</summary>
public sealed class RecentOrderReclaimTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync();

    public Task DisposeAsync() => host.DisposeAsync().AsTask();


    [Fact]
    public async Task A_customer_who_bought_lately_keeps_its_owner_and_one_who_bought_long_ago_goes_to_the_pool()
    {
        var (team, reps) = await host.TeamAsync("East", 1);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new
        {
            poolNoFollowUpDays = 30, poolWarningDays = 0, poolNotConvertedDays = 0, spareRecentOrderDays = 14, protectionDays = 0,
        }));
        var recent = await host.CustomerAsync(new { name = "recent", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        var lapsed = await host.CustomerAsync(new { name = "lapsed", ownerId = reps[0].Id, teamId = team, stage = "customer" });

        host.Host.Clock.Advance(TimeSpan.FromDays(31));
        var now = host.Host.Clock.GetUtcNow().UtcDateTime;
        await host.OrderAsync(recent.Id, now.AddDays(-3), 20m);
        await host.OrderAsync(lapsed.Id, now.AddDays(-20), 20m);
        await host.Host.RunDueJobsAsync();

        Assert.Equal((reps[0].Id, (long?)null), ((await host.CustomerOwnerAsync(recent.Id))!.Value, await host.CustomerOwnerAsync(lapsed.Id)));
    }
}
