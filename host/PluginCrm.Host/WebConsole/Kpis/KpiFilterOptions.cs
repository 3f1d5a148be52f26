using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>
/// The teams and reps the filter offers: those whose records the user may read, as the access service says (a manager
/// its team's people, an admin everyone), so the form names nobody whose figures the screen would not show; of the reps,
/// those still active, and a deactivated one only when the query already names it (a saved link keeps working).
/// </summary>
public sealed class KpiFilterOptions(ICrmDirectory directory, IRecordAccess access)
{
    public sealed record Choices(IReadOnlyList<CrmTeam> Teams, IReadOnlyList<CrmUser> Reps)
    {
        public static readonly Choices Empty = new([], []);
    }

    public async Task<Choices> ForAsync(ActingUser user, long? chosenRep, CancellationToken ct)
    {
        var readable = (await directory.UsersAsync(ct))
            .Where(u => access.Allows(user, AccessRight.Read, new RecordOwner(u.Id, u.TeamId)))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        var teamIds = readable.Select(u => u.TeamId).OfType<long>().ToHashSet();
        var teams = (await directory.TeamsAsync(ct)).Where(t => teamIds.Contains(t.Id)).ToList();
        return new Choices(teams, readable.Where(u => u.Active || u.Id == chosenRep).ToList());
    }
}
