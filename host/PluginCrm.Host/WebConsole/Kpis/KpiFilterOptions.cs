using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// The teams and reps the filter offers: those whose records the user may read, as the access service says (a manager
/// its team's people, an admin everyone), so the form names nobody whose figures the screen would not show.
/// </summary>
public sealed class KpiFilterOptions(ICrmDirectory directory, IRecordAccess access)
{
    public sealed record Choices(IReadOnlyList<CrmTeam> Teams, IReadOnlyList<CrmUser> Reps)
    {
        public static readonly Choices Empty = new([], []);
    }

    public async Task<Choices> ForAsync(ActingUser user, CancellationToken ct)
    {
        var reps = (await directory.UsersAsync(ct))
            .Where(u => access.Allows(user, AccessRight.Read, new RecordOwner(u.Id, u.TeamId)))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        var teamIds = reps.Select(u => u.TeamId).OfType<long>().ToHashSet();
        var teams = (await directory.TeamsAsync(ct)).Where(t => teamIds.Contains(t.Id)).ToList();
        return new Choices(teams, reps);
    }
}
