using System.Net.Http.Json;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

/// <summary>
/// Each process caches the rules and the reps' availability; a change saved by another process on the same data reaches its
/// very next lead. So does a change to the directory (a rep deactivated, or moved to another team and back): whatever a
/// process keeps of it between leads must not outlive such a change.
/// </summary>
public sealed class RuleCacheTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assignment-cache-").FullName;

    public void Dispose()
    {
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task A_rule_or_absence_saved_by_one_process_is_used_by_the_next_lead_of_another()
    {
        await using var first = await AssignmentHost.StartAsync(data);
        var (east, eastReps) = await first.TeamAsync("East", 1);
        var (west, westReps) = await first.TeamAsync("West", 1);
        var rule = await first.RuleAsync(new { name = "everything", teamId = east });
        await using var second = await AssignmentHost.StartAsync(data);
        Assert.Equal(eastReps[0].Id, (await second.LeadAsync(new { name = "cached", email = "cached@cache.test" })).OwnerId);

        await Http.EnsureAsync(await first.Admin.PutAsJsonAsync($"/api/lead-assignment/rules/{rule}", new { name = "everything", teamId = west }));
        Assert.Equal(westReps[0].Id, (await second.LeadAsync(new { name = "after the change", email = "changed@cache.test" })).OwnerId);

        await Http.EnsureAsync(await first.Admin.PutAsJsonAsync($"/api/lead-assignment/reps/{westReps[0].Id}", new { weight = 1, absentUntilUtc = first.Host.Clock.GetUtcNow().UtcDateTime.AddDays(30) }));
        Assert.Null((await second.LeadAsync(new { name = "rep away", email = "away@cache.test" })).OwnerId);

        await Http.EnsureAsync(await first.Admin.DeleteAsync($"/api/lead-assignment/rules/{rule}"));
        await first.RuleAsync(new { name = "east again", teamId = east });
        Assert.Equal(eastReps[0].Id, (await second.LeadAsync(new { name = "new rule", email = "again@cache.test" })).OwnerId);
    }

    [Fact]
    public async Task A_rep_deactivated_or_moved_through_another_process_is_left_out_of_the_next_lead()
    {
        await using var first = await AssignmentHost.StartAsync(data);
        var (east, reps) = await first.TeamAsync("East", 2);
        var (west, _) = await first.TeamAsync("West", 1);
        await first.RuleAsync(new { name = "east", teamId = east });
        await using var second = await AssignmentHost.StartAsync(data);
        Assert.Equal(reps[0].Id, (await second.LeadAsync(new { name = "both there" })).OwnerId);

        await ChangeAsync(first, reps[1].Id, new { active = false });
        Assert.Equal(reps[0].Id, (await second.LeadAsync(new { name = "second rep inactive" })).OwnerId);

        await ChangeAsync(first, reps[0].Id, new { teamId = west });
        Assert.Null((await second.LeadAsync(new { name = "nobody left in East" })).OwnerId);

        await ChangeAsync(first, reps[1].Id, new { active = true });
        Assert.Equal(reps[1].Id, (await second.LeadAsync(new { name = "second rep back" })).OwnerId);

        // Back in East with the credit it kept (-1 against the second rep's 1): its turn comes after one more of the second's.
        await ChangeAsync(first, reps[0].Id, new { teamId = east });
        var owners = new[] { (await second.LeadAsync(new { name = "first rep back" })).OwnerId, (await second.LeadAsync(new { name = "and its turn" })).OwnerId };
        Assert.Equal([reps[1].Id, reps[0].Id], owners);
    }

    private static async Task ChangeAsync(AssignmentHost host, long userId, object change) =>
        await Http.EnsureAsync(await host.Admin.PutAsJsonAsync($"/api/users/{userId}", change));
}
