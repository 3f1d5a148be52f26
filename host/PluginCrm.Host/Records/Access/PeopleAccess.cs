using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records.Access;

/// <summary>
/// Users as the subject of work (whose records, settings and decisions one oversees): a rep itself, a manager its
/// team's users and itself, an admin everyone. Reading and changing are the same.
/// </summary>
public sealed class UserAccess : IKindAccess
{
    public Task<long[]> AllowedAsync(CrmDbContext db, ActingUser user, AccessRight right, long[] ids, CancellationToken ct) =>
        Overseen(db, user).Where(id => ids.Contains(id)).ToArrayAsync(ct);

    public async Task<RecordScope> ScopeAsync(CrmDbContext db, ActingUser user, CancellationToken ct) => user.Role == CrmRole.Admin
        ? RecordScope.Everything
        : RecordScope.Only(await Overseen(db, user).ToArrayAsync(ct));

    private static IQueryable<long> Overseen(CrmDbContext db, ActingUser user)
    {
        var users = db.Users.AsNoTracking();
        return (user.Role switch
        {
            CrmRole.Admin => users,
            CrmRole.Manager => users.Where(u => u.Id == user.UserId || (user.TeamId != null && u.TeamId == user.TeamId)),
            _ => users.Where(u => u.Id == user.UserId),
        }).Select(u => u.Id);
    }
}

/// <summary>Teams: everyone reads them, admins change them.</summary>
public sealed class TeamAccess : IKindAccess
{
    public Task<long[]> AllowedAsync(CrmDbContext db, ActingUser user, AccessRight right, long[] ids, CancellationToken ct) =>
        right == AccessRight.Change && user.Role != CrmRole.Admin
            ? Task.FromResult(Array.Empty<long>())
            : db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToArrayAsync(ct);

    public Task<RecordScope> ScopeAsync(CrmDbContext db, ActingUser user, CancellationToken ct) => Task.FromResult(RecordScope.Everything);
}
