namespace PluginCrm.Host.Access;

/// <summary>
/// What moves with a user who changes team, in the same transaction: the records they own follow them (the records
/// feature registers one), so a team's manager keeps seeing exactly the team's work.
/// </summary>
public interface ITeamMoveFollower
{
    Task FollowAsync(long ownerId, long? teamId, DateTime now, CancellationToken ct);
}
