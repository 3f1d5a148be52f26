namespace PluginCrm.Sdk.Access;

/// <summary>The CRM's users and teams, read-only, for plugins that route work to people.</summary>
public interface ICrmDirectory
{
    /// <summary>Every user, active or not, in id order.</summary>
    Task<IReadOnlyList<CrmUser>> UsersAsync(CancellationToken cancellationToken);

    /// <summary>Every team, in id order.</summary>
    Task<IReadOnlyList<CrmTeam>> TeamsAsync(CancellationToken cancellationToken);
}

/// <summary>A user of the CRM.</summary>
/// <param name="Id">The id.</param>
/// <param name="Email">The sign-in e-mail.</param>
/// <param name="Name">The display name.</param>
/// <param name="Role">Rep, manager or admin.</param>
/// <param name="TeamId">The user's team.</param>
/// <param name="Active">False for departed staff: they sign in no more and take no new work.</param>
public sealed record CrmUser(long Id, string Email, string Name, CrmRole Role, long? TeamId, bool Active);

/// <summary>A team of reps.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Region">The team's region or territory.</param>
/// <param name="ManagerId">The manager's user id.</param>
public sealed record CrmTeam(long Id, string Name, string? Region, long? ManagerId);
