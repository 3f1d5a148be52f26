using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.LeadAssignment.Tests.Support;

namespace PluginCrm.LeadAssignment.Tests.Assignment;

public sealed class RotationAcrossRestartsTests : IDisposable
{
    private readonly string data = Directory.CreateTempSubdirectory("assignment-restart-").FullName;

    public void Dispose()
    {
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

    // The credits a pick writes in one statement are checked against those it read, as a concurrency token would.
    [Fact]
    public async Task Credits_read_before_another_assignment_moved_them_are_not_written_over_it()
    {
        await using var host = await AssignmentHost.StartAsync(data);
        var (team, reps) = await host.TeamAsync("East", 3);
        await host.RuleAsync(new { name = "east", teamId = team });
        await host.LeadAsync(new { name = "first" });
        var rotation = $"team:{team}:RoundRobin";
        var ids = reps.Select(r => r.Id).ToList();

        await using var scope = host.Host.Services.CreateAsyncScope();
        var credits = scope.ServiceProvider.GetRequiredService<RotationCredits>();
        var read = await credits.ReadAsync(rotation, ids, CancellationToken.None);
        Assert.Equal(3, read.Count);
        var owner = (await host.LeadAsync(new { name = "second, in between" })).OwnerId;
        var moved = await credits.ReadAsync(rotation, ids, CancellationToken.None);

        var stale = read.ToDictionary(c => c.Key, c => c.Value + 1);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => credits.WriteAsync(rotation, read, stale, CancellationToken.None));
        Assert.Equal(moved, await credits.ReadAsync(rotation, ids, CancellationToken.None));
        Assert.Equal(reps[1].Id, owner);
        Assert.Equal(reps[2].Id, (await host.LeadAsync(new { name = "third" })).OwnerId);
    }

    // A decision outside a change (POST /assign, a dry run) tracks the credits for its caller's save; a pick inside a later
    // change of the same scope writes them by hand, and the context must not keep the old values to save over them.
    [Fact]
    public async Task Credits_written_by_hand_replace_those_the_scope_tracked()
    {
        await using var host = await AssignmentHost.StartAsync(data);
        var (team, reps) = await host.TeamAsync("East", 3);
        await host.RuleAsync(new { name = "east", teamId = team });
        var lead = await host.LeadAsync(new { name = "first" });
        var rotation = $"team:{team}:RoundRobin";
        var ids = reps.Select(r => r.Id).ToList();

        await using var scope = host.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeadAssignmentDbContext>();
        await scope.ServiceProvider.GetRequiredService<AssignmentEngine>().DecideAsync(Prospect.From(lead), null, CancellationToken.None);
        Assert.NotEmpty(db.ChangeTracker.Entries<RotationSlot>());

        var credits = scope.ServiceProvider.GetRequiredService<RotationCredits>();
        var read = await credits.ReadAsync(rotation, ids, CancellationToken.None);
        await credits.WriteAsync(rotation, read, read.ToDictionary(c => c.Key, c => c.Value + 1), CancellationToken.None);

        Assert.Empty(db.ChangeTracker.Entries<RotationSlot>());
    }
}
