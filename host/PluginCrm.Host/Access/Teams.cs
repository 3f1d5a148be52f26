using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Access;

/// <summary>
/// Teams and who manages them: a team is managed by a manager of its own team. Every change is audited with the state
/// before and after, the manager's own change included.
/// </summary>
public sealed class Teams(CrmDbContext db, AccountChanges changes, AuditTrail audit)
{
    public async Task<TeamView> AddAsync(NewTeam input, CancellationToken ct)
    {
        var team = new Team { CreatedUtc = changes.Now, Version = 1 };
        await ApplyAsync(team, input, ct);
        team.UpdatedUtc = team.CreatedUtc;
        await changes.InsertAsync(team, async () =>
        {
            await JoinManagerAsync(team, ct);
            audit.Add(db, "team.create", RecordTypes.Team, team.Id, null, TeamView.Of(team));
        }, ct);
        return TeamView.Of(team);
    }

    /// <summary>Replaces a team's name, region and manager (a manager who is in no team yet joins this one).</summary>
    public async Task<TeamView> UpdateAsync(long id, NewTeam input, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException($"there is no team {id}");
        var before = TeamView.Of(team);
        await ApplyAsync(team, input, ct);
        changes.Touch(team);
        await JoinManagerAsync(team, ct);
        audit.Add(db, "team.update", RecordTypes.Team, id, before, TeamView.Of(team));
        await changes.SaveAsync(ct);
        return TeamView.Of(team);
    }

    public async Task<IReadOnlyList<TeamView>> ListAsync(CancellationToken ct) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct)).Select(TeamView.Of).ToList();

    /// <summary>
    /// A manager who leaves its team or its role stops managing the teams it managed, but <paramref name="keep"/>; saved
    /// with the change to the user that caused it.
    /// </summary>
    public async Task StopManagingAsync(long managerId, long? keep, CancellationToken ct)
    {
        foreach (var team in await db.Teams.Where(t => t.ManagerId == managerId && t.Id != keep).ToListAsync(ct))
        {
            var before = TeamView.Of(team);
            team.ManagerId = null;
            changes.Touch(team);
            audit.Add(db, "team.update", RecordTypes.Team, team.Id, before, TeamView.Of(team));
        }
    }

    private async Task ApplyAsync(Team team, NewTeam input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = FieldRules.Text(input.Name, "name", 100, errors, required: true);
        var region = FieldRules.Text(input.Region, "region", 100, errors);
        if (name is not null && await db.Teams.IgnoreQueryFilters().AnyAsync(t => t.Name == name && t.Id != team.Id, ct))
            errors.Add("name", $"a team '{name}' already exists");
        if (input.ManagerId is { } managerId)
        {
            var manager = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == managerId, ct);
            if (manager is null)
                errors.Add("managerId", $"there is no user {managerId}");
            else if (manager.Role != CrmRole.Manager)
                errors.Add("managerId", $"user {managerId} is a {manager.Role.ToString().ToLowerInvariant()}; a team is managed by a manager");
            else if (manager.TeamId is { } other && other != team.Id)
                errors.Add("managerId", $"user {managerId} is in team {other}; a manager manages its own team (move it here first)");
        }
        errors.ThrowIfAny();
        (team.Name, team.Region, team.ManagerId) = (name!, region, input.ManagerId);
    }

    private async Task JoinManagerAsync(Team team, CancellationToken ct)
    {
        if (team.ManagerId is not { } managerId)
            return;
        var manager = await db.Users.SingleAsync(u => u.Id == managerId, ct);
        if (manager.TeamId is not null)
            return;
        var before = UserView.Of(manager);
        manager.TeamId = team.Id;
        changes.Touch(manager);
        audit.Add(db, "user.update", RecordTypes.User, managerId, before, UserView.Of(manager));
    }
}
