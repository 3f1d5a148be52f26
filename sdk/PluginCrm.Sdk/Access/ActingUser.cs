namespace PluginCrm.Sdk.Access;

/// <summary>Who initiated a change: a signed-in user, an API key, or the system (jobs, imports).</summary>
/// <param name="UserId">The user's id; null for the system and for API keys not tied to a user.</param>
/// <param name="Name">A name for audit trails, e.g. the user's e-mail or <c>apikey:integration</c>.</param>
/// <param name="Role">The role that decides what the caller may see and do.</param>
/// <param name="TeamId">The caller's team, for managers.</param>
public sealed record ActingUser(long? UserId, string Name, CrmRole Role, long? TeamId)
{
    /// <summary>The host itself, acting for jobs and imports with an admin's reach.</summary>
    public static readonly ActingUser System = new(null, "system", CrmRole.Admin, null) { IsSystem = true };

    /// <summary>
    /// Whether the host itself acts (a job, an import, the demo, a module's own bookkeeping): true for <see cref="System"/> and
    /// every copy of it (<c>ActingUser.System with { Name = "lifecycle" }</c>), never for a user or an API key.
    /// </summary>
    public bool IsSystem { get; init; }
}
