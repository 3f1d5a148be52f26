using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Data;
using PluginCrm.Host.Records.Tables;

namespace PluginCrm.Host.Records;

/// <summary>A user's customers, leads, deals and tasks move to the team the user moves to.</summary>
public sealed class OwnedRecordsFollowOwner(CrmDbContext db) : ITeamMoveFollower
{
    public async Task FollowAsync(long ownerId, long? teamId, DateTime now, CancellationToken ct)
    {
        await db.Customers.IgnoreQueryFilters().Where(c => c.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TeamId, teamId).SetProperty(c => c.Version, c => c.Version + 1).SetProperty(c => c.UpdatedUtc, now), ct);
        await db.Leads.IgnoreQueryFilters().Where(l => l.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.TeamId, teamId).SetProperty(l => l.Version, l => l.Version + 1).SetProperty(l => l.UpdatedUtc, now), ct);
        await db.Deals.IgnoreQueryFilters().Where(d => d.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.TeamId, teamId).SetProperty(d => d.Version, d => d.Version + 1).SetProperty(d => d.UpdatedUtc, now), ct);
        await db.Tasks.IgnoreQueryFilters().Where(t => t.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TeamId, teamId).SetProperty(t => t.Version, t => t.Version + 1).SetProperty(t => t.UpdatedUtc, now), ct);
    }
}
