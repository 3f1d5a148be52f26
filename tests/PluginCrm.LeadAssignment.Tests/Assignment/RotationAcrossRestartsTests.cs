using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

public sealed class RotationAcrossRestartsTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assignment-restart-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task The_rotation_continues_where_it_stopped_after_a_restart()
    {
        List<Rep> reps;
        var owners = new List<long?>();
        await using (var first = await AssignmentHost.StartAsync(data))
        {
            (var team, reps) = await first.TeamAsync("East", 3);
            await first.RuleAsync(new { name = "east", teamId = team });
            owners.Add((await first.LeadAsync(new { name = "before 1" })).OwnerId);
            owners.Add((await first.LeadAsync(new { name = "before 2" })).OwnerId);
        }
        await using (var second = await AssignmentHost.StartAsync(data))
        {
            owners.Add((await second.LeadAsync(new { name = "after 1" })).OwnerId);
            owners.Add((await second.LeadAsync(new { name = "after 2" })).OwnerId);
        }

        Assert.Equal([reps[0].Id, reps[1].Id, reps[2].Id, reps[0].Id], owners);
    }
}
