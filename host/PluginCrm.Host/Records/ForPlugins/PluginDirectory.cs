using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Records.ForPlugins;

/// <summary>The SDK's <see cref="ICrmDirectory"/>: users and teams as plugins see them, without credentials.</summary>
public sealed class PluginDirectory(CrmDbContext db) : ICrmDirectory
{
    public async Task<IReadOnlyList<CrmUser>> UsersAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new CrmUser(u.Id, u.Email, u.Name, u.Role, u.TeamId, u.Active)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CrmTeam>> TeamsAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new CrmTeam(t.Id, t.Name, t.Region, t.ManagerId)).ToListAsync(cancellationToken);
}
