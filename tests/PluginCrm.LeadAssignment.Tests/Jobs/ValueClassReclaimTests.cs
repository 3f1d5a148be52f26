using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;
using PluginCrm.ValueScoring;

namespace PluginCrm.LeadAssignment.Tests.Jobs;

/// <summary>With value scoring on, each ABC class gets its own no-follow-up period, read through the SDK's ICustomerValues.</summary>
public sealed class ValueClassReclaimTests : IAsyncLifetime
{
    private AssignmentHost host = null!;

    public async Task InitializeAsync() => host = await AssignmentHost.StartAsync(configure: o => o.AddPlugin<ValueScoringPlugin>(AssignmentHost.Manifest("PluginCrm.ValueScoring")));

    public Task DisposeAsync() => host.DisposeAsync().AsTask();


    [Fact]
    public async Task A_class_customers_keep_their_owner_longer()
    {
        var (team, reps) = await host.TeamAsync("East", 1);
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync("/api/plugins/lead-assignment/settings", new
        {
            poolNoFollowUpDays = 30, noFollowUpDaysByValueClass = new Dictionary<string, int> { ["A"] = 60 },
            poolWarningDays = 0, poolNotConvertedDays = 0, spareRecentOrderDays = 0, protectionDays = 0,
        }));
        var big = await host.CustomerAsync(new { name = "big", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        var small = await host.CustomerAsync(new { name = "small", ownerId = reps[0].Id, teamId = team, stage = "customer" });
        // ABC by spend: 1000 of 1010 ranks first with nothing above it (A); 10 has 99% above it (C).
        var placed = new DateTime(2026, 1, 4, 10, 0, 0, DateTimeKind.Utc);
        await host.OrderAsync(big.Id, placed, 1000m);
        await host.OrderAsync(small.Id, placed, 10m);
        await Http.EnsureAsync(await host.Admin.PostAsJsonAsync("/api/value-scoring/runs", new { asOf = "2026-01-05" }));

        host.Host.Clock.Advance(TimeSpan.FromDays(31));
        await host.Host.RunDueJobsAsync();
        Assert.Equal((reps[0].Id, (long?)null), ((await host.CustomerOwnerAsync(big.Id))!.Value, await host.CustomerOwnerAsync(small.Id)));

        host.Host.Clock.Advance(TimeSpan.FromDays(30));
        await host.Host.RunDueJobsAsync();
        Assert.Null(await host.CustomerOwnerAsync(big.Id));
    }
}
